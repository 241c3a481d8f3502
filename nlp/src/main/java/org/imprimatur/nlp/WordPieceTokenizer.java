package org.imprimatur.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/**
 * BERT's WordPiece tokenizer for uncased models: {@link BasicTokenizer} words, each cut greedily into the longest
 * pieces the vocabulary knows (continuations marked {@code ##}), a word that cannot be cut becoming {@code [UNK]};
 * the sequence framed as {@code [CLS] ... [SEP]}. The vocabulary comes from a HuggingFace {@code tokenizer.json}.
 *
 * <p><b>Threading:</b> immutable; safe to use from several threads at once.
 */
final class WordPieceTokenizer {

    private static final String CONTINUATION = "##";
    /** Longer "words" (URLs, hashes, base64) are [UNK], as in BERT: cutting them costs much and means nothing. */
    private static final int MAX_WORD_CHARS = 100;

    private final Map<String, Integer> wordStarts;
    /** Continuation pieces, keyed without their "##", so lookups need no string concatenation. */
    private final Map<String, Integer> continuations;
    private final int unknown;
    private final int start;
    private final int end;

    WordPieceTokenizer(Map<String, Integer> vocabulary) {
        Map<String, Integer> starts = new HashMap<>();
        Map<String, Integer> rests = new HashMap<>();
        vocabulary.forEach((piece, id) -> {
            if (piece.startsWith(CONTINUATION) && piece.length() > CONTINUATION.length()) {
                rests.put(piece.substring(CONTINUATION.length()), id);
            } else {
                starts.put(piece, id);
            }
        });
        this.wordStarts = Map.copyOf(starts);
        this.continuations = Map.copyOf(rests);
        this.unknown = special(starts, "[UNK]");
        this.start = special(starts, "[CLS]");
        this.end = special(starts, "[SEP]");
    }

    /**
     * Reads the WordPiece vocabulary of a HuggingFace {@code tokenizer.json}.
     *
     * @throws NlpModelException {@link NlpModelException.Reason#UNREADABLE} if it is not JSON or has no WordPiece
     *                           vocabulary
     */
    static WordPieceTokenizer fromTokenizerJson(String resource) {
        try (InputStream in = ClasspathModels.open(resource); JsonReader reader = Json.createReader(in)) {
            JsonObject model = reader.readObject().getJsonObject("model");
            if (model == null || !"WordPiece".equals(model.getString("type", null))
                    || !(model.get("vocab") instanceof JsonObject vocab)) {
                throw new NlpModelException(NlpModelException.Reason.UNREADABLE,
                        "The tokenizer " + resource + " has no WordPiece vocabulary");
            }
            Map<String, Integer> vocabulary = new HashMap<>(vocab.size() * 2);
            for (Map.Entry<String, JsonValue> entry : vocab.entrySet()) {
                vocabulary.put(entry.getKey(), ((JsonNumber) entry.getValue()).intValueExact());
            }
            return new WordPieceTokenizer(vocabulary);
        } catch (JsonException | ClassCastException | ArithmeticException | IOException e) {
            throw new NlpModelException(NlpModelException.Reason.UNREADABLE,
                    "The tokenizer " + resource + " could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * The token ids of {@code text}, framed as {@code [CLS] ... [SEP]}.
     *
     * @param maxTokens at most this many ids, the frame included; pieces beyond are dropped
     */
    int[] encode(String text, int maxTokens) {
        if (maxTokens < 2) {
            throw new IllegalArgumentException("Room for [CLS] and [SEP] at least, not " + maxTokens);
        }
        int[] ids = new int[Math.min(maxTokens, text.length() + 2)];
        int size = 0;
        ids[size++] = start;
        int room = maxTokens - 1;
        for (String word : BasicTokenizer.words(text)) {
            if (size == room) {
                break;
            }
            if (ids.length - size < word.length() + 1) {
                ids = Arrays.copyOf(ids, Math.min(maxTokens, Math.max(ids.length * 2, size + word.length() + 1)));
            }
            size = appendPieces(word, ids, size, room);
        }
        ids[size++] = end;
        return size == ids.length ? ids : Arrays.copyOf(ids, size);
    }

    /** The id of a vocabulary entry (with its "##" for a continuation), or that of [UNK] if there is none. */
    int id(String piece) {
        Integer id = piece.startsWith(CONTINUATION) && piece.length() > CONTINUATION.length()
                ? continuations.get(piece.substring(CONTINUATION.length()))
                : wordStarts.get(piece);
        return id == null ? unknown : id;
    }

    /** Appends the word's pieces (or [UNK]) at {@code size}, stopping at {@code room}; answers the new size. */
    private int appendPieces(String word, int[] ids, int size, int room) {
        if (word.codePointCount(0, word.length()) > MAX_WORD_CHARS) {
            ids[size] = unknown;
            return size + 1;
        }
        int written = size;
        int from = 0;
        while (from < word.length()) {
            Map<String, Integer> pieces = from == 0 ? wordStarts : continuations;
            Integer piece = null;
            int to = word.length();
            while (to > from) {
                piece = pieces.get(word.substring(from, to));
                if (piece != null) {
                    break;
                }
                to--;
                if (Character.isLowSurrogate(word.charAt(to)) && to > from) {
                    to--;
                }
            }
            if (piece == null) {
                ids[size] = unknown;
                return size + 1;
            }
            if (written < room) {
                ids[written++] = piece;
            }
            from = to;
        }
        return written;
    }

    private static int special(Map<String, Integer> vocabulary, String token) {
        Integer id = vocabulary.get(token);
        if (id == null) {
            throw new NlpModelException(NlpModelException.Reason.UNREADABLE, "The vocabulary has no " + token);
        }
        return id;
    }
}
