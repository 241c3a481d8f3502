package org.imprimatur.generation.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;

import org.apache.commons.io.output.DeferredFileOutputStream;
import org.apache.tika.io.TikaInputStream;
import org.imprimatur.generation.ingest.SourceRejectedException.Reason;
import org.imprimatur.spi.content.Sha256;

/**
 * A source's bytes, copied once with their digest and size taken on the way: in memory while small, else in a
 * private temporary file, so a large source is never held in memory whole and parsers that need random access (PDF
 * cross-references, ZIP central directories) get a file. Closing deletes the file.
 */
final class SpooledSource implements AutoCloseable {

    /**
     * Sources up to this size stay in memory. Reading them from a file would cost more than keeping them: Tika's
     * file-backed streams take a lock per byte, which byte-wise parsers (RTF, mail) pay for on every byte.
     */
    static final int IN_MEMORY_BYTES = 4 * 1024 * 1024;

    private static final int BUFFER = 64 * 1024;

    private final DeferredFileOutputStream copy;
    private final byte[] inMemory;
    private final Sha256 sha256;
    private final long size;

    private SpooledSource(DeferredFileOutputStream copy, Sha256 sha256, long size) {
        this.copy = copy;
        this.inMemory = copy.isInMemory() ? copy.getData() : null;
        this.sha256 = sha256;
        this.size = size;
    }

    /**
     * Copies the stream to its end, or until it has given more than {@code maxBytes}; does not close it.
     *
     * @throws SourceRejectedException {@code TOO_LARGE} past the limit, {@code EMPTY} for no bytes at all
     * @throws ReadFailure              if the stream fails
     * @throws IOException             if the temporary file cannot be written
     */
    static SpooledSource copy(InputStream in, long maxBytes) throws IOException, SourceRejectedException {
        DeferredFileOutputStream copy = DeferredFileOutputStream.builder()
                .setThreshold(IN_MEMORY_BYTES)
                .setPrefix("imprimatur-source-") // a temporary file, owner-only on POSIX
                .setSuffix(".bin")
                .get();
        try {
            MessageDigest digest = Sha256.newDigest();
            long size = 0;
            byte[] buffer = new byte[BUFFER];
            try (copy) {
                int n;
                while ((n = read(in, buffer, (int) Math.min(buffer.length, maxBytes + 1 - size))) != -1) {
                    size += n;
                    if (size > maxBytes) {
                        throw new SourceRejectedException(Reason.TOO_LARGE,
                                "The file is larger than the " + Sizes.describe(maxBytes) + " allowed");
                    }
                    digest.update(buffer, 0, n);
                    copy.write(buffer, 0, n);
                }
            }
            if (size == 0) {
                throw new SourceRejectedException(Reason.EMPTY, "The file is empty");
            }
            return new SpooledSource(copy, Sha256.fromDigest(digest.digest()), size);
        } catch (IOException | SourceRejectedException | RuntimeException e) {
            delete(copy);
            throw e;
        }
    }

    private static int read(InputStream in, byte[] buffer, int length) throws ReadFailure {
        try {
            return in.read(buffer, 0, length);
        } catch (IOException e) {
            throw new ReadFailure(e);
        }
    }

    /** A fresh Tika stream over the bytes; the caller closes it. */
    TikaInputStream open() throws IOException {
        return inMemory != null ? TikaInputStream.get(inMemory) : TikaInputStream.get(copy.getPath());
    }

    /** A fresh plain stream over the bytes; the caller closes it. */
    InputStream newInputStream() throws IOException {
        return inMemory != null ? new ByteArrayInputStream(inMemory) : Files.newInputStream(copy.getPath());
    }

    Sha256 sha256() {
        return sha256;
    }

    long size() {
        return size;
    }

    /** Deletes the temporary file, if there is one. */
    @Override
    public void close() {
        delete(copy);
    }

    /** Deletes the copy's file, or, where the platform will not while a timed-out parser still reads it, at exit. */
    private static void delete(DeferredFileOutputStream copy) {
        Path file = copy.getPath();
        if (file == null || copy.isInMemory()) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException stillOpen) {
            file.toFile().deleteOnExit();
        }
    }

    /** The source's stream failed (an upload broke off), as opposed to the temporary file. */
    static final class ReadFailure extends IOException {

        ReadFailure(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
