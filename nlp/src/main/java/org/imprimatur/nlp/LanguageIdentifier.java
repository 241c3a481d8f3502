package org.imprimatur.nlp;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The language of a text, from OpenNLP's language detection model (103 languages, character n-grams). The model
 * names languages by ISO 639-3 code; this answers the ISO 639-1 code where the language has one ({@code "en"},
 * {@code "de"}; Mandarin is {@code "zh"}), else the ISO 639-3 code (both are valid BCP 47 language tags), and
 * {@value #UNDETERMINED} when it cannot tell:
 * <ul>
 *   <li>the text has fewer than {@value #MIN_LETTERS} letters, or</li>
 *   <li>the best language is not clearly ahead: its probability is below {@value #MIN_TIMES_UNIFORM} times that of a
 *       blind guess among all the model's languages, or less than {@value #MIN_LEAD} times that of the runner-up.</li>
 * </ul>
 * A paragraph is identified with a wide margin; a single short sentence sometimes is not, and answers
 * {@value #UNDETERMINED} rather than a guess. Only the first {@value #MAX_CHARS} characters are read.
 *
 * <p><b>Threading:</b> safe to use from several threads at once; the model is loaded once and shared.
 *
 * <p><b>Failure:</b> {@link #shared()} throws {@link NlpModelException} if the model is missing or unreadable.
 */
public final class LanguageIdentifier {

    /** The answer when the language cannot be told. */
    public static final String UNDETERMINED = "und";

    static final int MIN_LETTERS = 20;
    static final double MIN_TIMES_UNIFORM = 2.5;
    static final double MIN_LEAD = 1.1;
    static final int MAX_CHARS = 20_000;

    /** The model's codes for individual languages of a macrolanguage that has a two-letter code. */
    private static final Map<String, String> MACROLANGUAGE_MEMBERS = Map.of(
            "cmn", "zh", // Mandarin Chinese
            "ekk", "et", // Standard Estonian
            "lvs", "lv", // Standard Latvian
            "pes", "fa", // Iranian Persian
            "plt", "mg", // Plateau Malagasy
            "pnb", "pa"); // Western Panjabi

    private static final Shared<LanguageIdentifier> SHARED =
            new Shared<>(() -> new LanguageIdentifier(ClasspathModels.languageModel(ClasspathModels.LANGUAGES)));

    private final LanguageDetectorModel model;
    private final Map<String, String> twoLetterCodes;

    private LanguageIdentifier(LanguageDetectorModel model) {
        this.model = model;
        this.twoLetterCodes = twoLetterCodes();
    }

    /** The shared identifier, loaded on first use. */
    public static LanguageIdentifier shared() {
        return SHARED.get();
    }

    /** The language of {@code text}, or {@value #UNDETERMINED}; see the class description. */
    public String identify(String text) {
        Objects.requireNonNull(text, "text");
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        if (sample.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count() < MIN_LETTERS) {
            return UNDETERMINED;
        }
        Language[] ranked = new LanguageDetectorME(model).predictLanguages(sample);
        double best = ranked[0].getConfidence();
        if (best * ranked.length < MIN_TIMES_UNIFORM || best < MIN_LEAD * ranked[1].getConfidence()) {
            return UNDETERMINED;
        }
        String code = ranked[0].getLang();
        return twoLetterCodes.getOrDefault(code, code);
    }

    private static Map<String, String> twoLetterCodes() {
        Map<String, String> codes = new HashMap<>(MACROLANGUAGE_MEMBERS);
        for (String twoLetter : Locale.getISOLanguages()) {
            try {
                codes.putIfAbsent(Locale.forLanguageTag(twoLetter).getISO3Language(), twoLetter);
            } catch (MissingResourceException e) {
                // No three-letter code, so no answer of the model can stand for this language.
            }
        }
        return Map.copyOf(codes);
    }
}
