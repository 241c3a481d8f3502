package org.imprimatur.generation.drafting.llm;

import java.util.function.IntConsumer;

/**
 * Estimates how far a streamed draft has got and reports it to the job, only ever upwards.
 *
 * <p>A token is about four characters of English, and about three quarters of a word; so the answer is expected
 * to take {@code targetWords × 4/3} tokens, and {@code characters / 4} have arrived. The estimate stays below 100
 * until {@link #done()}: a model may write more than asked, and attribution still follows the last token.
 *
 * <p>Not thread-safe: used by the drafting thread.
 */
final class DraftProgress {

    private static final double CHARACTERS_PER_TOKEN = 4;
    private static final double TOKENS_PER_WORD = 4.0 / 3;
    private static final int MOST_BEFORE_DONE = 99;

    private final IntConsumer sink;
    private final double expectedTokens;
    private int reported = -1;

    DraftProgress(IntConsumer sink, int targetWords) {
        this.sink = sink;
        this.expectedTokens = targetWords * TOKENS_PER_WORD;
    }

    /** The answer now has {@code characters} characters. */
    void received(int characters) {
        double tokens = characters / CHARACTERS_PER_TOKEN;
        report((int) Math.min(MOST_BEFORE_DONE, 100 * tokens / expectedTokens));
    }

    /** The draft is finished. */
    void done() {
        report(100);
    }

    private void report(int percent) {
        if (percent > reported) {
            reported = percent;
            sink.accept(percent);
        }
    }
}
