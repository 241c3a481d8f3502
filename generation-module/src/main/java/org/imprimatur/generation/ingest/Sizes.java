package org.imprimatur.generation.ingest;

/** Byte counts and durations in words for messages. */
final class Sizes {

    private Sizes() {
    }

    /** "50 MB", "20.5 MB", "512 KB", "300 bytes" (binary multiples, as the limits are set). */
    static String describe(long bytes) {
        if (bytes >= 1024 * 1024) {
            return trim(bytes / (1024.0 * 1024)) + " MB";
        }
        if (bytes >= 1024) {
            return trim(bytes / 1024.0) + " KB";
        }
        return bytes + (bytes == 1 ? " byte" : " bytes");
    }

    /** "60 s", "1.5 s", "250 ms". */
    static String describe(java.time.Duration duration) {
        long millis = duration.toMillis();
        return millis >= 1000 ? trim(millis / 1000.0) + " s" : Math.max(millis, 1) + " ms";
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
