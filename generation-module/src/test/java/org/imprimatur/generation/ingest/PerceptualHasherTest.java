package org.imprimatur.generation.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.imprimatur.spi.image.PerceptualHash;
import org.junit.jupiter.api.Test;

/**
 * The perceptual hash keeps copies of one picture close — re-encoded, rescaled, recoloured — and different pictures
 * far apart. The thresholds asserted bracket the image check's default of 10 bits.
 */
class PerceptualHasherTest {

    private static final int SAME_PICTURE = 6;
    private static final int DIFFERENT_PICTURES = 16;

    @Test
    void theSamePictureHasTheSameHashEveryTime() throws IOException {
        byte[] png = encode(scene(1, 640, 480), "png");

        assertEquals(hash(png), hash(png));
        assertEquals(PerceptualHasher.of(scene(1, 640, 480)), hash(png), "decoding PNG loses nothing");
    }

    @Test
    void aReEncodedPictureStaysClose() throws IOException {
        BufferedImage original = scene(2, 640, 480);

        assertClose(original, jpeg(original, 0.5f), "JPEG at quality 0.5");
    }

    @Test
    void aRescaledPictureStaysClose() throws IOException {
        BufferedImage original = scene(3, 640, 480);

        assertClose(original, encode(resized(original, 213, 160), "png"), "a third of the size");
        assertClose(original, jpeg(resized(original, 1280, 960), 0.8f), "twice the size, as JPEG");
    }

    @Test
    void aSlightlyRecolouredPictureStaysClose() throws IOException {
        BufferedImage original = scene(4, 640, 480);
        BufferedImage warmer = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 480; y++) {
            for (int x = 0; x < 640; x++) {
                Color c = new Color(original.getRGB(x, y));
                warmer.setRGB(x, y, new Color(Math.min(255, c.getRed() + 25), Math.min(255, c.getGreen() + 10),
                        (int) (c.getBlue() * 0.85)).getRGB());
            }
        }

        assertClose(original, encode(warmer, "png"), "warmer and brighter");
    }

    @Test
    void differentPicturesAreFarApart() throws IOException {
        for (int seed = 10; seed < 20; seed++) {
            int distance = hash(encode(scene(seed, 640, 480), "png"))
                    .distanceTo(hash(encode(scene(seed + 100, 640, 480), "png")));
            assertTrue(distance >= DIFFERENT_PICTURES, "scenes " + seed + " and " + (seed + 100) + " differ in only "
                    + distance + " bits");
        }
    }

    @Test
    void aHugePictureIsSubsampledWhileDecodedAndStillMatchesItsThumbnail() throws IOException {
        BufferedImage huge = scene(5, 3000, 2000);

        assertClose(resized(huge, 300, 200), encode(huge, "png"), "3000 × 2000 against its 300 × 200 thumbnail");
    }

    @Test
    void bytesTheJdkCannotDecodeHaveNoHash() throws IOException {
        assertEquals(Optional.empty(), hashOf("RIFF....WEBPVP8 not really".getBytes()));
    }

    private static void assertClose(BufferedImage original, byte[] copy, String what) throws IOException {
        int distance = hash(encode(original, "png")).distanceTo(hash(copy));
        assertTrue(distance <= SAME_PICTURE, what + " is " + distance + " bits away");
    }

    private static PerceptualHash hash(byte[] encoded) throws IOException {
        return hashOf(encoded).orElseThrow();
    }

    private static Optional<PerceptualHash> hashOf(byte[] encoded) throws IOException {
        try (SpooledSource source = SpooledSource.copy(new ByteArrayInputStream(encoded), 1L << 30)) {
            return PerceptualHasher.of(source);
        } catch (SourceRejectedException e) {
            throw new AssertionError(e);
        }
    }

    /** A picture of a few overlapping shapes and a gradient sky, different for every seed. */
    static BufferedImage scene(long seed, int width, int height) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new java.awt.GradientPaint(0, 0, new Color(random.nextInt(1 << 24)), width, height,
                new Color(random.nextInt(1 << 24))));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 12; i++) {
            g.setColor(new Color(random.nextInt(1 << 24)));
            int x = random.nextInt(width);
            int y = random.nextInt(height);
            int w = width / 8 + random.nextInt(width / 3);
            int h = height / 8 + random.nextInt(height / 3);
            if (random.nextBoolean()) {
                g.fillOval(x - w / 2, y - h / 2, w, h);
            } else {
                g.fillRect(x - w / 2, y - h / 2, w, h);
            }
        }
        g.dispose();
        return image;
    }

    private static BufferedImage resized(BufferedImage original, int width, int height) {
        BufferedImage resized = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = resized.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(original, 0, 0, width, height, null);
        g.dispose();
        return resized;
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static byte[] jpeg(BufferedImage image, float quality) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = writers.next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
