package org.imprimatur.generation.images;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.imprimatur.generation.ingest.SourceRejectedException;
import org.junit.jupiter.api.Test;

/** An uploaded image is held to the same size limit as a source file, and never read far past it. */
class ImageUploadLimitTest {

    @Test
    void anImageUpToTheLimitIsReadWhole() throws Exception {
        byte[] picture = new byte[1000];
        assertArrayEquals(picture, ImageLibrary.readUpload(new ByteArrayInputStream(picture), 1000));
    }

    @Test
    void oneByteMoreIsTooLargeAndTheRestIsNeverRead() {
        CountingStream endless = new CountingStream();
        SourceRejectedException refused = assertThrows(SourceRejectedException.class,
                () -> ImageLibrary.readUpload(endless, 1000));
        assertEquals(SourceRejectedException.Reason.TOO_LARGE, refused.reason());
        assertEquals(1001, endless.read, "reading stops one byte past the limit");
    }

    /** A stream that never ends and counts what was taken from it. */
    private static final class CountingStream extends InputStream {
        long read;

        @Override
        public int read() throws IOException {
            read++;
            return 0;
        }
    }
}
