package org.imprimatur.generation.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import com.adobe.internal.xmp.XMPConst;
import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;
import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.xmp.XmpDirectory;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TIFF;
import org.imprimatur.spi.image.PerceptualHash;

/**
 * Reads what an image says about its making: its size (from Tika's metadata), its IPTC digital source type and
 * creator tool (from its XMP packet, read with metadata-extractor, which finds XMP in JPEG, PNG, GIF, WebP and TIFF
 * alike; Tika passes the packet on unread for most of them), whether it embeds Content Credentials, and its
 * {@link PerceptualHasher perceptual hash}.
 *
 * <p>Content Credentials are recognised by the C2PA manifest store's JUMBF description box: the box type
 * {@code jumd} followed by the manifest store's UUID, whose first four bytes spell {@code c2pa}. Every embedding
 * (JPEG APP11, PNG caBX, WebP and BMFF boxes) carries that box, so one scan of the bytes finds it in any format. The
 * manifest is not verified here. Stateless and thread-safe.
 */
final class ImageFactsReader {

    private static final String IPTC_EXTENSION_NS = "http://iptc.org/std/Iptc4xmpExt/2008-02-29/";

    private static final byte[] C2PA_DESCRIPTION_BOX = "jumdc2pa".getBytes(StandardCharsets.US_ASCII);

    private ImageFactsReader() {
    }

    /**
     * The facts; metadata the reader cannot make sense of leaves them blank rather than failing, as Tika has parsed
     * the image already.
     *
     * @throws IOException if the bytes cannot be read
     */
    static ImageFacts read(SpooledSource image, Metadata tikaMetadata) throws IOException {
        String digitalSourceType = "";
        String software = "";
        try (InputStream in = image.newInputStream()) {
            com.drew.metadata.Metadata found = ImageMetadataReader.readMetadata(in, image.size());
            for (XmpDirectory xmp : found.getDirectoriesOfType(XmpDirectory.class)) {
                digitalSourceType = firstNonBlank(digitalSourceType, property(xmp.getXMPMeta(), IPTC_EXTENSION_NS,
                        "DigitalSourceType"));
                software = firstNonBlank(software, property(xmp.getXMPMeta(), XMPConst.NS_XMP, "CreatorTool"));
            }
            for (ExifIFD0Directory exif : found.getDirectoriesOfType(ExifIFD0Directory.class)) {
                software = firstNonBlank(software, exif.getString(ExifIFD0Directory.TAG_SOFTWARE));
            }
        } catch (ImageProcessingException | IOException | RuntimeException unreadable) {
            // Malformed metadata (metadata-extractor reports it in all three ways): the facts stay blank.
        }
        return new ImageFacts(dimension(tikaMetadata, TIFF.IMAGE_WIDTH), dimension(tikaMetadata, TIFF.IMAGE_LENGTH),
                carriesContentCredentials(image), digitalSourceType, software,
                PerceptualHasher.of(image).map(PerceptualHash::hex).orElse(""));
    }

    /** Whether the bytes contain a C2PA manifest store's JUMBF description box. */
    static boolean carriesContentCredentials(SpooledSource image) throws IOException {
        byte[] signature = C2PA_DESCRIPTION_BOX;
        byte[] buffer = new byte[64 * 1024];
        int kept = 0; // bytes carried over from the previous read, so a signature across two reads is found
        try (InputStream in = image.newInputStream()) {
            int n;
            while ((n = in.read(buffer, kept, buffer.length - kept)) != -1) {
                int end = kept + n;
                if (indexOf(buffer, end, signature) >= 0) {
                    return true;
                }
                kept = Math.min(signature.length - 1, end);
                System.arraycopy(buffer, end - kept, buffer, 0, kept);
            }
        }
        return false;
    }

    private static int indexOf(byte[] haystack, int end, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= end; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String property(XMPMeta xmp, String namespace, String name) {
        try {
            String value = xmp.getPropertyString(namespace, name);
            return value == null ? "" : value.trim();
        } catch (XMPException unregisteredOrNotSimple) {
            return "";
        }
    }

    private static int dimension(Metadata metadata, org.apache.tika.metadata.Property property) {
        try {
            Integer value = metadata.getInt(property);
            return value == null ? 0 : value;
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private static String firstNonBlank(String current, String candidate) {
        return current.isBlank() && candidate != null ? candidate.trim() : current;
    }
}
