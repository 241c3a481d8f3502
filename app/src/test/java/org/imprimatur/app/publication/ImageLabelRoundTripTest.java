package org.imprimatur.app.publication;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import com.adobe.internal.xmp.XMPConst;
import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.imprimatur.provenance.disclosure.ImageLabel;
import org.imprimatur.provenance.disclosure.ImageLabelException;
import org.imprimatur.spi.content.DigitalSourceType;
import org.junit.jupiter.api.Test;

/**
 * The disclosure label of a published picture, written by the provenance module and read back the way others read
 * it: Tika finds the XMP packet (and maps its description for JPEG), XMP Core reads the IPTC digital source type.
 * Lives in the app because that is where Tika and provenance meet.
 */
class ImageLabelRoundTripTest {

    private static final ImageLabel LABEL = new ImageLabel(DigitalSourceType.COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA,
            "Generated with AI, edited by our picture desk. Sources: City of Riverton", "City of Riverton",
            "gpt-image-1");

    @Test
    void aJpegCarriesTheLabelAndKeepsItsPicture() throws Exception {
        byte[] original = picture("jpg");

        byte[] labelled = LABEL.embedIn(original, "image/jpeg");

        assertLabelled(XmpReadBack.packetFoundByTika(labelled));
        assertEquals(LABEL.description(), XmpReadBack.tikaMetadata(labelled).get(TikaCoreProperties.DESCRIPTION));
        assertArrayEquals(pixels(original), pixels(labelled), "the compressed picture is left as it was");
    }

    @Test
    void aPngCarriesTheLabelAndKeepsItsPicture() throws Exception {
        byte[] original = picture("png");

        byte[] labelled = LABEL.embedIn(original, "image/png");

        assertLabelled(XmpReadBack.packetFoundByTika(labelled));
        assertEquals("image/png", XmpReadBack.tikaMetadata(labelled).get(Metadata.CONTENT_TYPE));
        assertArrayEquals(pixels(original), pixels(labelled), "PNG is written anew, but losslessly");
    }

    @Test
    void aLabelReplacesTheXmpAPictureHad() throws Exception {
        byte[] once = new ImageLabel(DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA, "First.", "", "")
                .embedIn(picture("jpg"), "image/jpeg");

        assertLabelled(XmpReadBack.packetFoundByTika(LABEL.embedIn(once, "image/jpeg")));
    }

    @Test
    void formatsWithoutAWriterAndBrokenBytesAreRefused() {
        assertThrows(ImageLabelException.class, () -> LABEL.embedIn(new byte[] {1, 2, 3}, "image/webp"));
        assertThrows(ImageLabelException.class, () -> LABEL.embedIn(new byte[] {1, 2, 3}, "image/jpeg"));
        assertThrows(ImageLabelException.class, () -> LABEL.embedIn(new byte[] {1, 2, 3}, "image/png"));
    }

    private static void assertLabelled(XMPMeta xmp) throws XMPException {
        assertEquals("http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia",
                xmp.getPropertyString(XMPConst.NS_IPTCEXT, "DigitalSourceType"));
        assertEquals(LABEL.description(), xmp.getLocalizedText(XMPConst.NS_DC, "description", null,
                XMPConst.X_DEFAULT).getValue());
        assertEquals("City of Riverton", xmp.getPropertyString(XMPConst.NS_PHOTOSHOP, "Credit"));
        assertEquals("gpt-image-1", xmp.getPropertyString(XMPConst.NS_XMP, "CreatorTool"));
    }

    private static byte[] picture(String format) throws IOException {
        BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 32; x++) {
            for (int y = 0; y < 24; y++) {
                image.setRGB(x, y, (x * 8) << 16 | (y * 10) << 8 | 0x40);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static int[] pixels(byte[] file) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(file));
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
