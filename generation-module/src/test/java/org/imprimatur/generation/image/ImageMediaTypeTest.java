package org.imprimatur.generation.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ImageMediaTypeTest {

    @Test
    void recognisesWebpByItsRiffHeader() {
        byte[] webp = "RIFF\u0024\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);

        assertEquals(Optional.of("image/webp"), ImageMediaType.of(webp));
    }

    @Test
    void otherRiffFilesAndShortInputAreNotImages() {
        assertEquals(Optional.empty(), ImageMediaType.of("RIFF\u0024\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(Optional.empty(), ImageMediaType.of(new byte[] {(byte) 0x89, 'P', 'N'}));
        assertEquals(Optional.empty(), ImageMediaType.of(new byte[0]));
    }
}
