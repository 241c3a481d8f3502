package org.imprimatur.moderation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.imprimatur.spi.check.Severity;

/**
 * Reads one result of OpenAI's moderation protocol — {@code categories} (flags) and {@code category_scores} — in the
 * toxicity check's categories:
 *
 * <table>
 *   <caption>Mapping</caption>
 *   <tr><th>service category</th><th>Imprimatur category</th></tr>
 *   <tr><td>{@code hate}, {@code hate/threatening}</td><td>{@code hate}</td></tr>
 *   <tr><td>{@code harassment}</td><td>{@code harassment}</td></tr>
 *   <tr><td>{@code harassment/threatening}, {@code violence}, {@code violence/graphic}, {@code illicit/violent}</td>
 *       <td>{@code threat}</td></tr>
 *   <tr><td>{@code sexual}, {@code sexual/minors}</td><td>{@code sexual}</td></tr>
 *   <tr><td>{@code self-harm}, {@code self-harm/intent}, {@code self-harm/instructions}</td><td>{@code self-harm}</td></tr>
 * </table>
 * Other categories ({@code illicit}) have no counterpart and are ignored. The service's flags decide whether a sentence
 * is flagged; its scores say how strongly. Stateless.
 */
final class ModerationCategories {

    private static final Map<String, String> OURS = Map.ofEntries(
            Map.entry("hate", "hate"),
            Map.entry("hate/threatening", "hate"),
            Map.entry("harassment", "harassment"),
            Map.entry("harassment/threatening", "threat"),
            Map.entry("violence", "threat"),
            Map.entry("violence/graphic", "threat"),
            Map.entry("illicit/violent", "threat"),
            Map.entry("sexual", "sexual"),
            Map.entry("sexual/minors", "sexual"),
            Map.entry("self-harm", "self-harm"),
            Map.entry("self-harm/intent", "self-harm"),
            Map.entry("self-harm/instructions", "self-harm"));

    /** Flags that make a finding {@link Severity#HIGH} whatever the score. */
    private static final Set<String> ALWAYS_HIGH = Set.of("sexual/minors");

    static final double HIGH = 0.8;
    static final double MEDIUM = 0.5;

    private ModerationCategories() {
    }

    /**
     * What one result says of one sentence, if it flags it in a category Imprimatur knows.
     *
     * @param flags  the result's {@code categories}
     * @param scores the result's {@code category_scores}
     */
    static Optional<Assessment> assess(Map<String, Boolean> flags, Map<String, Double> scores) {
        List<String> flagged = flags.entrySet().stream()
                .filter(flag -> Boolean.TRUE.equals(flag.getValue()) && OURS.containsKey(flag.getKey()))
                .map(Map.Entry::getKey).sorted().toList();
        if (flagged.isEmpty()) {
            return Optional.empty();
        }
        String strongest = flagged.get(0);
        for (String category : flagged) {
            if (score(scores, category) > score(scores, strongest)) {
                strongest = category;
            }
        }
        String ours = OURS.get(strongest);
        double score = score(scores, strongest);
        Severity severity = flagged.stream().anyMatch(ALWAYS_HIGH::contains) || score >= HIGH ? Severity.HIGH
                : score >= MEDIUM ? Severity.MEDIUM : Severity.LOW;
        return Optional.of(new Assessment(ours, score, severity, flagged));
    }

    private static double score(Map<String, Double> scores, String category) {
        double score = scores.getOrDefault(category, 0.0);
        return Double.isNaN(score) ? 0 : Math.max(0, Math.min(1, score));
    }

    /**
     * One flagged sentence in Imprimatur's terms.
     *
     * @param category        Imprimatur's category of the strongest flag
     * @param score           that flag's score, in [0, 1]
     * @param severity        {@link Severity#HIGH} from {@value #HIGH} (and always for sexual content involving
     *                        minors), {@link Severity#MEDIUM} from {@value #MEDIUM}, else {@link Severity#LOW}
     * @param serviceCategories the service's categories that flagged it, in its words
     */
    record Assessment(String category, double score, Severity severity, List<String> serviceCategories) {

        Assessment {
            serviceCategories = List.copyOf(serviceCategories);
        }
    }
}
