package org.imprimatur.generation.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.imprimatur.generation.ingest.SourceRejectedException.Reason;

/**
 * Refuses ZIP containers (DOCX, ODT, XLSX…) any of whose entries inflates far beyond its compressed size: the zip bomb.
 * POI guards OOXML the same way, but Tika's OpenDocument parser reads entries unchecked, and an inflated XML part can
 * exhaust memory without producing any text a text limit would catch (one enormous attribute value).
 *
 * <p>Every entry is inflated once and counted, never trusting the sizes the archive declares; reading stops as soon
 * as an entry passes its bound, so the work is bounded by {@value #MAX_RATIO} times the file's size. Checks for
 * interruption between reads, so a parse deadline stops it too. Stateless and thread-safe.
 */
final class InflationGuard {

    /** Deflate reaches ~1000:1 on crafted input; real documents stay well below 100:1 (POI's threshold too). */
    static final int MAX_RATIO = 100;

    /** Small entries may compress as well as they like. */
    private static final long GRACE_BYTES = 1024 * 1024;

    private final long maxEntryBytes;

    /** @param maxEntryBytes the most any entry may inflate to, however well it compresses */
    InflationGuard(long maxEntryBytes) {
        this.maxEntryBytes = maxEntryBytes;
    }

    /**
     * @throws SourceRejectedException {@code TOO_COMPLEX} for an entry past its bound, {@code CORRUPT} for a ZIP that
     *                                 cannot be read
     */
    void check(Path zip) throws SourceRejectedException, InterruptedIOException {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            byte[] buffer = new byte[64 * 1024];
            Enumeration<? extends ZipEntry> entries = archive.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!entry.isDirectory()) {
                    checkEntry(archive, entry, buffer);
                }
            }
        } catch (InterruptedIOException e) {
            throw e;
        } catch (ZipException e) {
            throw new SourceRejectedException(Reason.CORRUPT, "The file is not a readable ZIP container: "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new SourceRejectedException(Reason.CORRUPT, "The file's ZIP container cannot be read: "
                    + e.getMessage(), e);
        }
    }

    private void checkEntry(ZipFile archive, ZipEntry entry, byte[] buffer) throws IOException, SourceRejectedException {
        long compressed = Math.max(entry.getCompressedSize(), 0);
        long bound = Math.min(maxEntryBytes, Math.max(GRACE_BYTES, compressed * MAX_RATIO));
        long inflated = 0;
        try (InputStream in = archive.getInputStream(entry)) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                inflated += n;
                if (inflated > bound) {
                    throw new SourceRejectedException(Reason.TOO_COMPLEX, "The part " + entry.getName()
                            + " inflates to more than " + Sizes.describe(bound) + " from " + Sizes.describe(compressed)
                            + " (a zip bomb?)");
                }
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("Interrupted while checking " + entry.getName());
                }
            }
        }
    }
}
