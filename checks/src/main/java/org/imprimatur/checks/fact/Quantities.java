package org.imprimatur.checks.fact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imprimatur.spi.check.Span;

/**
 * Finds the {@link Quantity numbers} a text states: digits ({@code 1,200,000}, {@code 4.5}), with a scale word
 * ({@code 1.2 million}, {@code 3bn}, and {@code m}/{@code k} after a currency sign), a currency before or after
 * ({@code €48.2 million}, {@code 48.2 million euros}), a per cent sign or words, a unit; number words ({@code
 * twenty-five}, {@code two million}); fractions ({@code a third}, {@code half of}). A hedge before a number ({@code
 * about}, {@code more than}) widens its tolerance. Years and the days of {@link DateMentions dates} are not quantities,
 * nor are ordinals, times or the bare word {@code one} (mostly a pronoun). Stateless.
 */
final class Quantities {

    /** A hedge, possibly followed by a currency, just before a number: "about", "more than €". */
    private static final Pattern YEAR = Pattern.compile("1[89]\\d\\d|20\\d\\d");
    private static final Pattern CURRENCY_WORD =
            Pattern.compile("euros?|dollars?|pounds?|sterling|yen|francs?|yuan|rupees?");
    private static final Pattern WORD_SEPARATOR = Pattern.compile("[- ]");
    private static final Pattern HEDGE_BEFORE = Pattern.compile("\\b(?:about|around|almost|nearly|roughly"
            + "|approximately|some|more than|over|under|less than|fewer than|up to|at least|close to|just over"
            + "|just under)\\s+(?:US\\$|\\$|€|£|¥|(?:EUR|USD|GBP)\\s?)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CURRENCY_BEFORE = Pattern.compile("(?:US\\$|\\$|€|£|¥|\\b(?:EUR|USD|GBP)\\s?)$");
    /** How far back a hedge and a currency are looked for. */
    private static final int LOOK_BACK = 24;
    private static final String SCALE = "(?:\\s?(?<scale>thousand|million|billion|trillion|bn|mn|m|k)\\b)?";
    private static final String UNIT_AFTER = "(?:\\s?(?<unit>%|per\\s?cent\\b|percent\\b|percentage points?\\b|pct\\b"
            + "|euros?\\b|dollars?\\b|pounds?\\b|sterling\\b|yen\\b|francs?\\b|yuan\\b|rupees?\\b"
            + "|km\\b|kilomet(?:re|er)s?\\b|miles?\\b|metres?\\b|meters?\\b|kg\\b|kilogram(?:me)?s?\\b"
            + "|tonnes?\\b|tons?\\b|hectares?\\b|litres?\\b|liters?\\b|degrees?\\b|hours?\\b|minutes?\\b"
            + "|days?\\b|weeks?\\b|months?\\b|years?\\b))?";
    // Every pattern starts on the number itself, so that a scan rejects other positions at the first character.
    private static final Pattern DIGITS = Pattern.compile(
            "(?<number>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?![.,:/]?\\d)" + SCALE + UNIT_AFTER
                    + "(?![\\w])", Pattern.CASE_INSENSITIVE);
    /** Characters that, just before digits, make them part of something else: a code, a decimal, a range's end. */
    private static final String NOT_BEFORE_DIGITS = ".,:/–—-";

    private static final String SMALL = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private static final Pattern NUMBER_WORDS = Pattern.compile(
            "(?<number>(?:" + TENS + ")(?:[- ](?:one|" + SMALL + "))?|" + SMALL + "|(?:a|one)(?=\\s+(?:hundred"
            + "|thousand|million|billion)))(?:\\s+(?<scale>hundred|thousand|million|billion))?" + UNIT_AFTER
            + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FRACTIONS = Pattern.compile(
            "(?<number>(?:(?:a|one)[- ](?:third|quarter|fifth|tenth)|two[- ]thirds|three[- ]quarters)"
            + "(?=\\s+of\\b|\\s*[.,;]|$)|half(?=\\s+(?:of|the|its|their|a)\\b)|(?<=by )half|halved|doubled"
            + "|tripled)\\b", Pattern.CASE_INSENSITIVE);
    /** The words a number in words or a fraction starts with: only there are the patterns above tried. */
    private static final Set<String> NUMBER_WORD_STARTS = Set.of(("a one two three four five six seven eight nine ten"
            + " eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty"
            + " sixty seventy eighty ninety half halved doubled tripled").split(" "));

    private static final Map<String, Double> WORD_VALUES = wordValues();
    private static final Map<String, Double> FRACTION_PERCENT = Map.ofEntries(
            Map.entry("a third", 100.0 / 3), Map.entry("one third", 100.0 / 3), Map.entry("two thirds", 200.0 / 3),
            Map.entry("a quarter", 25.0), Map.entry("one quarter", 25.0), Map.entry("three quarters", 75.0),
            Map.entry("a fifth", 20.0), Map.entry("one fifth", 20.0), Map.entry("a tenth", 10.0),
            Map.entry("one tenth", 10.0), Map.entry("half", 50.0), Map.entry("halved", 50.0),
            Map.entry("doubled", 100.0), Map.entry("tripled", 200.0));
    /** Fractions are rough by nature: "a third" covers 31 to 36 per cent. */
    private static final double FRACTION_TOLERANCE = 2.5;
    /** A hedged number ("about 200", "more than 200") covers a tenth either side. */
    private static final double HEDGE_TOLERANCE = 0.1;

    private Quantities() {
    }

    static List<Quantity> of(String text) {
        return of(text, DateMentions.of(text));
    }

    /** As {@link #of(String)}, given the {@link DateMentions#of dates} of {@code text}, which are not quantities. */
    static List<Quantity> of(String text, List<DateMention> dateMentions) {
        List<Span> dates = dateMentions.stream().map(DateMention::span).toList();
        List<Quantity> found = new ArrayList<>();
        Matcher digits = DIGITS.matcher(text);
        while (digits.find()) {
            int start = digits.start();
            if (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1))
                    || NOT_BEFORE_DIGITS.indexOf(text.charAt(start - 1)) >= 0)) {
                continue;
            }
            Quantity quantity = fromDigits(digits, text);
            if (quantity != null && dates.stream().noneMatch(date -> overlaps(date, quantity.span()))) {
                found.add(quantity);
            }
        }
        Matcher words = NUMBER_WORDS.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher fractions = FRACTIONS.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int consumed = 0;
        for (Words.Word word : Words.of(text)) {
            if (word.start() < consumed || !NUMBER_WORD_STARTS.contains(word.lower())) {
                continue;
            }
            if (words.region(word.start(), text.length()).lookingAt()) {
                found.add(fromWords(words, text));
                consumed = words.end();
            } else if (fractions.region(word.start(), text.length()).lookingAt()) {
                String fraction = fractions.group("number").toLowerCase(Locale.ROOT).replace('-', ' ');
                found.add(new Quantity(FRACTION_PERCENT.get(fraction), Quantity.Measure.PERCENT, "", FRACTION_TOLERANCE,
                        new Span(fractions.start("number"), fractions.end("number"))));
                consumed = fractions.end();
            }
        }
        found.sort(Comparator.comparingInt((Quantity quantity) -> quantity.span().start()));
        return found;
    }

    /** The quantity a digits match states, or null for a bare year (a {@link DateMentions date} part). */
    private static Quantity fromDigits(Matcher match, String text) {
        String number = match.group("number");
        Matcher currencyBefore = CURRENCY_BEFORE.matcher(before(text, match.start()));
        String currency = currencyBefore.find() ? currencyBefore.group() : null;
        String scaleWord = match.group("scale");
        String unitWord = match.group("unit");
        boolean money = currency != null || isCurrencyWord(unitWord);
        if (scaleWord != null && !money && List.of("m", "k").contains(scaleWord.toLowerCase(Locale.ROOT))) {
            // "100m" without a currency is a distance more often than a hundred million; "5k" a race.
            return null;
        }
        if (currency == null && scaleWord == null && unitWord == null && YEAR.matcher(number).matches()) {
            return null;
        }
        int decimals = number.contains(".") ? number.length() - number.indexOf('.') - 1 : 0;
        double scale = scale(scaleWord);
        double value = Double.parseDouble(number.replace(",", "")) * scale;
        double tolerance = 0.5 * Math.pow(10, -decimals) * scale;
        return quantity(match, text, value, tolerance, currency, unitWord);
    }

    private static Quantity fromWords(Matcher match, String text) {
        String number = match.group("number").toLowerCase(Locale.ROOT);
        double value = 0;
        for (String part : WORD_SEPARATOR.split(number)) {
            value += WORD_VALUES.getOrDefault(part, 1.0);
        }
        double scale = scale(match.group("scale"));
        return quantity(match, text, value * scale, 0.5 * scale, null, match.group("unit"));
    }

    private static Quantity quantity(Matcher match, String text, double value, double tolerance, String currency,
                                     String unitWord) {
        Quantity.Measure measure = Quantity.Measure.COUNT;
        String unit = "";
        if (currency != null) {
            measure = Quantity.Measure.MONEY;
            unit = currencyCode(currency.strip());
        } else if (unitWord != null && isCurrencyWord(unitWord)) {
            measure = Quantity.Measure.MONEY;
            unit = currencyCode(unitWord);
        } else if (unitWord != null && isPercent(unitWord)) {
            measure = Quantity.Measure.PERCENT;
        } else if (unitWord != null) {
            measure = Quantity.Measure.UNIT;
            unit = unitCode(unitWord);
        }
        if (HEDGE_BEFORE.matcher(before(text, match.start())).find()) {
            tolerance = Math.max(tolerance, HEDGE_TOLERANCE * Math.abs(value));
        }
        return new Quantity(value, measure, unit, tolerance, new Span(match.start("number"), match.end()));
    }

    /** The few characters before {@code offset}, where a hedge or a currency would stand. */
    private static String before(String text, int offset) {
        return text.substring(Math.max(0, offset - LOOK_BACK), offset);
    }

    private static double scale(String word) {
        if (word == null) {
            return 1;
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "hundred" -> 1e2;
            case "thousand", "k" -> 1e3;
            case "million", "m", "mn" -> 1e6;
            case "billion", "bn" -> 1e9;
            case "trillion" -> 1e12;
            default -> throw new IllegalArgumentException("Not a scale word: " + word);
        };
    }

    private static boolean isPercent(String unit) {
        String lower = unit.toLowerCase(Locale.ROOT);
        return lower.equals("%") || lower.startsWith("per") || lower.equals("pct");
    }

    private static boolean isCurrencyWord(String unit) {
        return unit != null && CURRENCY_WORD.matcher(unit.toLowerCase(Locale.ROOT)).matches();
    }

    private static String currencyCode(String currency) {
        String lower = currency.toLowerCase(Locale.ROOT);
        if (lower.startsWith("€") || lower.startsWith("eur")) {
            return "EUR";
        }
        if (lower.contains("$") || lower.startsWith("usd") || lower.startsWith("dollar")) {
            return "USD";
        }
        if (lower.startsWith("£") || lower.startsWith("gbp") || lower.startsWith("pound") || lower.equals("sterling")) {
            return "GBP";
        }
        if (lower.startsWith("¥") || lower.equals("yen")) {
            return "JPY";
        }
        return switch (lower) {
            case "franc", "francs" -> "CHF";
            case "yuan" -> "CNY";
            case "rupee", "rupees" -> "INR";
            default -> "";
        };
    }

    private static String unitCode(String unit) {
        String lower = unit.toLowerCase(Locale.ROOT);
        if (lower.startsWith("kilomet") || lower.equals("km")) {
            return "km";
        }
        if (lower.startsWith("kilogram") || lower.equals("kg")) {
            return "kg";
        }
        if (lower.startsWith("met")) {
            return "m";
        }
        if (lower.startsWith("lit")) {
            return "l";
        }
        return lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
    }

    private static boolean overlaps(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private static Map<String, Double> wordValues() {
        String[] small = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
                + " sixteen seventeen eighteen nineteen").split(" ");
        String[] tens = TENS.split("\\|");
        java.util.HashMap<String, Double> values = new java.util.HashMap<>();
        for (int i = 0; i < small.length; i++) {
            values.put(small[i], (double) (i + 1));
        }
        for (int i = 0; i < tens.length; i++) {
            values.put(tens[i], (double) (20 + 10 * i));
        }
        values.put("a", 1.0);
        return Map.copyOf(values);
    }
}
