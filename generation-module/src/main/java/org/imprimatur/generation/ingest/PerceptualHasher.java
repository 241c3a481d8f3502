package org.imprimatur.generation.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.imprimatur.spi.image.PerceptualHash;

/**
 * Computes a picture's 64-bit DCT perceptual hash (pHash): the picture is shrunk to 32 × 32 grey levels, transformed
 * with a two-dimensional DCT-II, and each of the 8 × 8 lowest frequencies, leaving out the zeroth row and column
 * (average brightness), gives one bit, set when its coefficient lies above their median.
 *
 * <p>Why a DCT hash rather than a difference hash (dHash): the low frequencies describe the picture's layout of light
 * and dark, which re-encoding, rescaling and a change of colour or brightness leave in place, while dHash compares
 * neighbouring pixels of a 9 × 8 thumbnail and flips bits wherever a re-encoding nudges a flat area's gradient.
 * Taking the median makes the bits half ones, so unrelated pictures differ in about 32 of them, far from the few that
 * separate copies of one picture.
 *
 * <p>Pictures are decoded with the JDK's ImageIO (JPEG, PNG, GIF, BMP, TIFF), subsampled while decoding to at most
 * {@value #DECODED_SIDE} pixels a side so that a huge picture costs no more memory than a small one. Stateless and
 * thread-safe.
 */
final class PerceptualHasher {

    private static final int DECODED_SIDE = 512;
    private static final int SIDE = 32;
    private static final int LOW = 8;
    private static final double[][] COSINES = cosines();

    private PerceptualHasher() {
    }

    /**
     * The hash of an encoded picture; empty when ImageIO has no decoder for it or it does not decode.
     *
     * @throws IOException if the bytes cannot be read
     */
    static Optional<PerceptualHash> of(SpooledSource picture) throws IOException {
        try (InputStream in = picture.newInputStream(); ImageInputStream images = ImageIO.createImageInputStream(in)) {
            Iterator<ImageReader> readers = images == null ? null : ImageIO.getImageReaders(images);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(images, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(reader.getWidth(0), reader.getHeight(0)) / DECODED_SIDE);
                param.setSourceSubsampling(step, step, 0, 0);
                return Optional.of(of(reader.read(0, param)));
            } catch (IOException | RuntimeException undecodable) {
                return Optional.empty();
            } finally {
                reader.dispose();
            }
        }
    }

    /** The hash of a decoded picture. */
    static PerceptualHash of(BufferedImage picture) {
        double[][] frequencies = dct(greyThumbnail(picture));
        double[] low = new double[LOW * LOW];
        for (int u = 0; u < LOW; u++) {
            for (int v = 0; v < LOW; v++) {
                low[u * LOW + v] = frequencies[u + 1][v + 1];
            }
        }
        double[] sorted = low.clone();
        Arrays.sort(sorted);
        double median = (sorted[low.length / 2 - 1] + sorted[low.length / 2]) / 2;
        long bits = 0;
        for (double coefficient : low) {
            bits = bits << 1 | (coefficient > median ? 1 : 0);
        }
        return new PerceptualHash(bits);
    }

    /** The mean luma (ITU-R BT.601) of each of 32 × 32 cells: an area average, so no pixel is skipped. */
    private static double[][] greyThumbnail(BufferedImage picture) {
        int width = picture.getWidth();
        int height = picture.getHeight();
        double[][] grey = new double[SIDE][SIDE];
        for (int y = 0; y < SIDE; y++) {
            int top = y * height / SIDE;
            int bottom = Math.max(top + 1, (y + 1) * height / SIDE);
            for (int x = 0; x < SIDE; x++) {
                int left = x * width / SIDE;
                int right = Math.max(left + 1, (x + 1) * width / SIDE);
                double sum = 0;
                for (int py = top; py < bottom; py++) {
                    for (int px = left; px < right; px++) {
                        int rgb = picture.getRGB(px, py);
                        sum += 0.299 * (rgb >> 16 & 0xff) + 0.587 * (rgb >> 8 & 0xff) + 0.114 * (rgb & 0xff);
                    }
                }
                grey[y][x] = sum / ((bottom - top) * (right - left));
            }
        }
        return grey;
    }

    /** The two-dimensional DCT-II, rows then columns; scale factors are left out, the median makes them moot. */
    private static double[][] dct(double[][] grey) {
        double[][] rows = new double[SIDE][SIDE];
        for (int y = 0; y < SIDE; y++) {
            for (int u = 0; u < SIDE; u++) {
                double sum = 0;
                for (int x = 0; x < SIDE; x++) {
                    sum += grey[y][x] * COSINES[u][x];
                }
                rows[y][u] = sum;
            }
        }
        double[][] both = new double[SIDE][SIDE];
        for (int u = 0; u < SIDE; u++) {
            for (int v = 0; v < SIDE; v++) {
                double sum = 0;
                for (int y = 0; y < SIDE; y++) {
                    sum += rows[y][u] * COSINES[v][y];
                }
                both[v][u] = sum;
            }
        }
        return both;
    }

    private static double[][] cosines() {
        double[][] table = new double[SIDE][SIDE];
        for (int u = 0; u < SIDE; u++) {
            for (int x = 0; x < SIDE; x++) {
                table[u][x] = Math.cos((2 * x + 1) * u * Math.PI / (2 * SIDE));
            }
        }
        return table;
    }
}
