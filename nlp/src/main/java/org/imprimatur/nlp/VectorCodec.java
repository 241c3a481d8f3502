package org.imprimatur.nlp;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Stores vectors compactly: each float as 4 bytes, IEEE 754 single precision, little-endian, with nothing else (a
 * 384-dimension embedding takes 1,536 bytes). The length comes from the byte count. Stateless.
 */
public final class VectorCodec {

    private VectorCodec() {
    }

    public static byte[] encode(float[] vector) {
        ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(vector);
        return bytes.array();
    }

    /** @throws IllegalArgumentException if the byte count is not a multiple of 4 */
    public static float[] decode(byte[] bytes) {
        if (bytes.length % Float.BYTES != 0) {
            throw new IllegalArgumentException("Stored vectors have 4 bytes per float; " + bytes.length
                    + " bytes are not a vector");
        }
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }
}
