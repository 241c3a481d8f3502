package org.imprimatur.checks.fact;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which way a text points: how many negations it holds and which side of each antonym pair it takes ({@code rose} or
 * {@code fell}, {@code approved} or {@code rejected}). Two texts about the same thing contradict each other when
 * exactly one of these differs: an antonym swapped, or a negation added; both at once ({@code did not fall} against
 * {@code rose}) may well agree. Immutable.
 */
final class Polarity {

    /** A side of one antonym pair ({@code +1} for {@code rose}, {@code -1} for {@code fell}) and the word taking it. */
    private record Direction(String pair, int sign, String word) {
    }

    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "none", "nobody", "nothing", "neither",
            "nor", "without", "cannot", "failed", "refused", "denied");
    private static final Map<String, Direction> DIRECTIONS = directions();

    private final int negations;
    private final Map<String, Direction> sides;

    private Polarity(int negations, Map<String, Direction> sides) {
        this.negations = negations;
        this.sides = sides;
    }

    static Polarity of(String text) {
        int negations = 0;
        Map<String, Direction> sides = new HashMap<>();
        Map<String, Integer> conflicts = new HashMap<>();
        for (Words.Word word : Words.of(text)) {
            String lower = word.lower();
            if (NEGATIONS.contains(lower) || lower.endsWith("n't")) {
                negations++;
            }
            Direction known = DIRECTIONS.get(Words.stem(lower));
            if (known != null) {
                Direction direction = new Direction(known.pair(), known.sign(), word.text());
                Direction earlier = sides.putIfAbsent(direction.pair(), direction);
                if (earlier != null && earlier.sign() != direction.sign()) {
                    conflicts.merge(direction.pair(), 1, Integer::sum);
                }
            }
        }
        conflicts.keySet().forEach(sides::remove); // a text that says both "rose" and "fell" takes no side
        return new Polarity(negations, Map.copyOf(sides));
    }

    /**
     * How {@code other} contradicts this text, in words a reviewer can read, or empty if it does not: an antonym of
     * one of this text's words with the same count of negations, or a different count of negations and no antonym.
     */
    Optional<String> contradiction(Polarity other) {
        Optional<String> flipped = sides.values().stream()
                .filter(side -> other.sides.containsKey(side.pair())
                        && other.sides.get(side.pair()).sign() != side.sign())
                .findFirst()
                .map(side -> "“" + other.sides.get(side.pair()).word() + "” where the claim says “" + side.word()
                        + "”");
        boolean negationDiffers = (negations % 2) != (other.negations % 2);
        if (flipped.isPresent() && !negationDiffers) {
            return flipped;
        }
        if (flipped.isEmpty() && negationDiffers) {
            return Optional.of(other.negations % 2 == 1
                    ? "a negation the claim lacks" : "no negation where the claim has one");
        }
        return Optional.empty();
    }

    private static Map<String, Direction> directions() {
        Map<String, Direction> directions = new HashMap<>();
        pair(directions, "change", List.of("rise", "rose", "risen", "increase", "grow", "grew", "grown", "climb",
                        "gain", "jump", "soar", "surge", "up", "higher", "expand", "boost", "raise"),
                List.of("fall", "fell", "fallen", "decrease", "shrink", "shrank", "shrunk", "drop", "decline", "lose",
                        "plunge", "slump", "tumble", "down", "lower", "contract", "cut", "reduce"));
        pair(directions, "decision", List.of("approve", "accept", "pass", "back", "endorse", "adopt", "grant"),
                List.of("reject", "refuse", "veto", "block", "deny", "decline", "overturn"));
        pair(directions, "amount", List.of("more", "larger", "bigger", "greater", "above", "most", "largest",
                "biggest", "highest"), List.of("fewer", "less", "smaller", "below", "least", "smallest", "lowest"));
        pair(directions, "permission", List.of("allow", "permit", "legalise", "legalize", "lift"),
                List.of("ban", "prohibit", "outlaw", "forbid", "forbade", "forbidden"));
        pair(directions, "open", List.of("open", "reopen"), List.of("close", "shut"));
        pair(directions, "stance", List.of("support", "favour", "favor"), List.of("oppose", "against"));
        pair(directions, "verdict", List.of("convict", "guilty"), List.of("acquit", "innocent", "clear"));
        pair(directions, "result", List.of("win", "won", "profit", "surplus"), List.of("lost", "loss", "deficit",
                "defeat"));
        pair(directions, "employment", List.of("hire", "employ"), List.of("fire", "dismiss", "sack"));
        pair(directions, "quality", List.of("improve", "strengthen", "better"), List.of("worsen", "weaken", "worse"));
        return Map.copyOf(directions);
    }

    private static void pair(Map<String, Direction> directions, String pair, List<String> up, List<String> down) {
        up.forEach(word -> directions.putIfAbsent(Words.stem(word), new Direction(pair, 1, word)));
        down.forEach(word -> directions.putIfAbsent(Words.stem(word), new Direction(pair, -1, word)));
    }
}
