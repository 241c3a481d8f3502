package org.imprimatur.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.junit.jupiter.api.Test;

class VectorCodecTest {

    @Test
    void roundTripsEveryFloatExactly() {
        float[] vector = {0f, -0f, 1f, -1.5f, Float.MIN_VALUE, Float.MAX_VALUE, Float.NaN, Float.NEGATIVE_INFINITY,
                0.123456789f};

        assertArrayEquals(vector, VectorCodec.decode(VectorCodec.encode(vector)));
    }

    @Test
    void storesFourLittleEndianBytesPerFloat() {
        byte[] bytes = VectorCodec.encode(new float[] {1f, -2.5f});

        assertEquals(8, bytes.length);
        ByteBuffer read = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(Float.floatToIntBits(1f), read.getInt(0));
        assertEquals(Float.floatToIntBits(-2.5f), read.getInt(4));
    }

    @Test
    void anEmptyVectorIsNoBytes() {
        assertEquals(0, VectorCodec.encode(new float[0]).length);
        assertEquals(0, VectorCodec.decode(new byte[0]).length);
    }

    @Test
    void refusesBytesThatAreNotWholeFloats() {
        assertThrows(IllegalArgumentException.class, () -> VectorCodec.decode(new byte[7]));
    }
}
