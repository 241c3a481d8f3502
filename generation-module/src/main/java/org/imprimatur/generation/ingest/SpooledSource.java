package org.imprimatur.generation.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;

import org.imprimatur.generation.ingest.SourceRejectedException.Reason;
import org.imprimatur.spi.content.Sha256;

/**
 * A source's bytes copied to a private temporary file, with their digest and size taken on the way. Parsers get
 * random access to the file (PDF cross-references, ZIP central directories) without the bytes ever being held in
 * memory whole. Closing deletes the file.
 */
final class SpooledSource implements AutoCloseable {

    private static final int BUFFER = 64 * 1024;

    private final Path file;
    private final Sha256 sha256;
    private final long size;

    private SpooledSource(Path file, Sha256 sha256, long size) {
        this.file = file;
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
        Path file = Files.createTempFile("imprimatur-source-", ".bin"); // owner-only on POSIX
        try {
            MessageDigest digest = Sha256.newDigest();
            long size = 0;
            byte[] buffer = new byte[BUFFER];
            try (OutputStream out = Files.newOutputStream(file)) {
                int n;
                while ((n = read(in, buffer, (int) Math.min(buffer.length, maxBytes + 1 - size))) != -1) {
                    size += n;
                    if (size > maxBytes) {
                        throw new SourceRejectedException(Reason.TOO_LARGE,
                                "The file is larger than the " + Sizes.describe(maxBytes) + " allowed");
                    }
                    digest.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            if (size == 0) {
                throw new SourceRejectedException(Reason.EMPTY, "The file is empty");
            }
            return new SpooledSource(file, Sha256.fromDigest(digest.digest()), size);
        } catch (IOException | SourceRejectedException | RuntimeException e) {
            Files.deleteIfExists(file);
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

    Path file() {
        return file;
    }

    Sha256 sha256() {
        return sha256;
    }

    long size() {
        return size;
    }

    /** Deletes the copy; if the platform will not (Windows, while a timed-out parser still holds it), at exit. */
    @Override
    public void close() {
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
