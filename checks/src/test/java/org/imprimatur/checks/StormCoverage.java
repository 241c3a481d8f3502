package org.imprimatur.checks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Benchmark material, generated from a seed so that every run sees the same text: several news sources about a storm
 * and the rebuilding of a harbour, and a revision written from them that gives every check real work.
 *
 * <p>The sources are paragraphs of three to five sentences: figures (64 facts, each with one true value that every
 * source repeats when it mentions it), quotations with their speakers, dated events, and background without figures.
 * The revision restates twelve facts with their true values and five with wrong ones, copies three quotations and
 * alters one, dates three events (one wrongly), copies two runs of three consecutive source sentences (what the
 * originality check flags), reports one insult in quotation marks (reported speech for the toxicity check), and is
 * filled up with background to the length asked for.
 */
final class StormCoverage {

    /** One source: its id and title, and its text as paragraphs of sentences. */
    record Source(String id, String title, List<List<String>> paragraphs) {

        String text() {
            return String.join("\n\n", paragraphs.stream().map(paragraph -> String.join(" ", paragraph)).toList());
        }
    }

    private static final String[] TITLES = {"Agency report", "Council press release", "Port authority statement",
            "The Aldwick Courier", "Inquiry hearing notes"};

    private static final Measure[] MEASURES = {
            new Measure("the cost of rebuilding the sea wall", Unit.EUROS),
            new Measure("the bill for repairing the quays", Unit.EUROS),
            new Measure("the insurance claims filed since the storm", Unit.EUROS),
            new Measure("the budget for temporary housing", Unit.EUROS),
            new Measure("unemployment", Unit.PERCENT),
            new Measure("the share of the fishing fleet that was damaged", Unit.PERCENT),
            new Measure("the share of shops that have reopened", Unit.PERCENT),
            new Measure("the number of homes destroyed", Unit.COUNT),
            new Measure("the number of boats damaged", Unit.COUNT),
            new Measure("the number of workers hired for the repairs", Unit.COUNT),
            new Measure("the number of families still in temporary housing", Unit.COUNT),
            new Measure("the number of volunteers who joined the clean-up", Unit.COUNT),
            new Measure("the cargo handled last year", Unit.TONNES),
            new Measure("the height of the new sea wall", Unit.METRES),
            new Measure("the depth of the dredged channel", Unit.METRES),
            new Measure("the length of the damaged breakwater", Unit.METRES)};
    private static final String[] PLACES = {"in Port Aldwick", "in the old town", "at the northern quay",
            "in the fishing village of Carrow"};
    /** Who gives a figure, as written mid-sentence. */
    private static final String[] SAYERS = {"the city council", "the port authority", "Mayor Amara Okafor",
            "Governor Ibrahim Bello", "the fishermen's cooperative", "harbour master Lena Vogt",
            "the regional statistics office", "the engineering firm Adeyemi & Partners"};
    private static final String[] WHEN = {"on Monday", "on Tuesday", "in a statement on Wednesday",
            "at a press conference on Thursday", "in a report on Friday", "after an inspection of the site",
            "before the council vote"};

    private static final String[][] SPEAKERS = {{"Amara Okafor", "the mayor"}, {"Ibrahim Bello", "the regional governor"},
            {"Lena Vogt", "the harbour master"}, {"Tomas Reyes", "a spokesman for the fishermen's cooperative"},
            {"Hanna Eriksen", "an engineer at Adeyemi & Partners"},
            {"Grace Mwangi", "who runs a bakery on the harbour front"}};
    private static final String[] QUOTES = {"We will rebuild the harbour stone by stone",
            "The sea does not wait for committees", "Nobody here has seen a storm like this in forty years",
            "Every family will have a roof over its head before the winter", "The money is there, but the engineers are not",
            "We were told the wall would hold, and it did not", "The boats are our livelihood and half of them are gone",
            "We need the port open by the summer or the town will not survive",
            "I have never seen the water come so far inland", "The new wall will be higher and stronger than the old one",
            "We owe the volunteers more than we can say", "The insurers have been slow, and people are losing patience",
            "It will take years, not months, to put this right", "Our first duty is to the families who lost their homes",
            "The channel has to be dredged before the big ships can return",
            "We are asking the government to match every euro we spend"};

    private static final String[] EVENTS = {"The storm struck the coast", "The council approved the repair plan",
            "The harbour reopened to fishing boats", "Work on the new sea wall began",
            "The first cargo ship returned to the port", "The independent inquiry published its findings",
            "The government released the emergency fund", "The last evacuation order was lifted"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};
    private static final String[] EVENT_ASIDES = {"officials said", "three weeks later than planned",
            "according to the port authority", "after months of delay"};

    private static final String[] GROUPS = {"Residents of the old town", "Local fishermen",
            "Shop owners on the harbour front", "Engineers on the site", "The insurers",
            "Volunteers from the neighbouring villages", "Opposition councillors", "The coastguard"};
    private static final String[] STANCES = {"have asked for more clarity on", "complained about", "welcomed",
            "raised questions about", "are still waiting for news of", "praised", "criticised"};
    private static final String[] TOPICS = {"the pace of the repairs", "the evacuation plan",
            "the design of the new sea wall", "the compensation scheme", "the temporary housing near the station",
            "the closure of the northern quay", "the dredging of the channel", "the information given to families"};
    private static final String[] OCCASIONS = {"at a public meeting", "in letters to the council",
            "during the clean-up", "since the storm", "over the past weeks", "in interviews with local media"};

    private static final String REPORTED_INSULT = "\u201CThe people who let that wall crumble are idiots,\u201D one "
            + "fisherman shouted at the meeting, the local paper reported.";

    private final Random random;
    private final double[] values;
    private final int[][] dates;
    private final List<Source> sources = new ArrayList<>();
    private final String revision;

    private StormCoverage(long seed, int sourceCount, int wordsPerSource, int revisionWords) {
        random = new Random(seed);
        values = new double[MEASURES.length * PLACES.length];
        for (int fact = 0; fact < values.length; fact++) {
            values[fact] = MEASURES[fact / PLACES.length].unit.draw(random);
        }
        dates = new int[EVENTS.length][];
        for (int event = 0; event < EVENTS.length; event++) {
            dates[event] = new int[] {1 + random.nextInt(28), random.nextInt(12), 2024 + random.nextInt(2)};
        }
        for (int s = 0; s < sourceCount; s++) {
            sources.add(new Source("source-" + (s + 1), TITLES[s % TITLES.length], sourceParagraphs(wordsPerSource)));
        }
        revision = revision(revisionWords);
    }

    /** The coverage for {@code seed}: {@code sourceCount} sources of about {@code wordsPerSource} words each. */
    static StormCoverage generate(long seed, int sourceCount, int wordsPerSource, int revisionWords) {
        return new StormCoverage(seed, sourceCount, wordsPerSource, revisionWords);
    }

    List<Source> sources() {
        return sources;
    }

    /** The revision's body: paragraphs separated by blank lines. */
    String revision() {
        return revision;
    }

    static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    private List<List<String>> sourceParagraphs(int words) {
        List<List<String>> paragraphs = new ArrayList<>();
        int written = 0;
        while (written < words) {
            List<String> paragraph = new ArrayList<>();
            for (int s = 3 + random.nextInt(3); s > 0; s--) {
                int kind = random.nextInt(20);
                String sentence = kind < 7 ? fact(random.nextInt(values.length), 1)
                        : kind < 10 ? quotation(pick(QUOTES), pick(QUOTES))
                        : kind < 12 ? event(random.nextInt(EVENTS.length), false)
                        : background();
                paragraph.add(sentence);
                written += words(sentence);
            }
            paragraphs.add(paragraph);
        }
        return paragraphs;
    }

    private String revision(int words) {
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            sentences.add(fact(random.nextInt(values.length), 1));
        }
        for (int i = 0; i < 5; i++) {
            sentences.add(fact(random.nextInt(values.length), random.nextBoolean() ? 0.7 : 1.4));
        }
        for (int i = 0; i < 3; i++) {
            sentences.add(sourceQuotation());
        }
        sentences.add(sourceQuotation().replaceFirst("\u201C([^.,]+)", "\u201C" + pick(QUOTES)));
        for (int i = 0; i < 3; i++) {
            sentences.add(event(random.nextInt(EVENTS.length), i == 2));
        }
        sentences.add(REPORTED_INSULT);
        List<List<String>> copiedRuns = List.of(copiedRun(), copiedRun());
        int written = sentences.stream().mapToInt(StormCoverage::words).sum()
                + copiedRuns.stream().flatMap(List::stream).mapToInt(StormCoverage::words).sum();
        while (written < words) {
            String sentence = background();
            sentences.add(sentence);
            written += words(sentence);
        }
        Collections.shuffle(sentences, random);
        List<List<String>> paragraphs = new ArrayList<>();
        for (int from = 0; from < sentences.size(); ) {
            int to = Math.min(sentences.size(), from + 3 + random.nextInt(3));
            paragraphs.add(sentences.subList(from, to));
            from = to;
        }
        for (List<String> run : copiedRuns) {
            paragraphs.add(1 + random.nextInt(paragraphs.size()), run);
        }
        return String.join("\n\n", paragraphs.stream().map(paragraph -> String.join(" ", paragraph)).toList());
    }

    /** A fact from the sources, its value scaled by {@code factor} (1 for the true value). */
    private String fact(int fact, double factor) {
        Measure measure = MEASURES[fact / PLACES.length];
        String place = PLACES[fact % PLACES.length];
        String value = measure.unit.format(values[fact] * factor);
        String sayer = pick(SAYERS);
        if (random.nextBoolean()) {
            return capitalised(sayer) + " put " + measure.what + " " + place + " at " + value + " " + pick(WHEN) + ".";
        }
        return capitalised(measure.what) + " " + place + " stood at " + value + ", " + sayer + " said " + pick(WHEN)
                + ".";
    }

    private String quotation(String first, String second) {
        String[] speaker = SPEAKERS[random.nextInt(SPEAKERS.length)];
        return "\u201C" + first + ". " + second + ",\u201D said " + speaker[0] + ", " + speaker[1] + ".";
    }

    private String event(int event, boolean wrongDay) {
        int[] date = dates[event];
        int day = wrongDay ? 1 + (date[0] + 9) % 28 : date[0];
        return EVENTS[event] + " on " + day + " " + MONTHS[date[1]] + " " + date[2] + ", " + pick(EVENT_ASIDES) + ".";
    }

    private String background() {
        return pick(GROUPS) + " " + pick(STANCES) + " " + pick(TOPICS) + " " + pick(OCCASIONS) + ".";
    }

    /** A quotation sentence of some source, as written there. */
    private String sourceQuotation() {
        while (true) {
            String sentence = randomSourceSentence();
            if (sentence.startsWith("\u201C")) {
                return sentence;
            }
        }
    }

    private String randomSourceSentence() {
        List<List<String>> paragraphs = sources.get(random.nextInt(sources.size())).paragraphs();
        List<String> paragraph = paragraphs.get(random.nextInt(paragraphs.size()));
        return paragraph.get(random.nextInt(paragraph.size()));
    }

    /** Three consecutive sentences of one source paragraph, as written there. */
    private List<String> copiedRun() {
        while (true) {
            List<List<String>> paragraphs = sources.get(random.nextInt(sources.size())).paragraphs();
            List<String> paragraph = paragraphs.get(random.nextInt(paragraphs.size()));
            if (paragraph.size() >= 4) {
                int from = random.nextInt(paragraph.size() - 2);
                return List.copyOf(paragraph.subList(from, from + 3));
            }
        }
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private record Measure(String what, Unit unit) {
    }

    /** How a kind of figure is drawn and written. */
    private enum Unit {
        EUROS, PERCENT, COUNT, TONNES, METRES;

        double draw(Random random) {
            return switch (this) {
                case EUROS -> 2 + random.nextInt(1_500) / 10.0;
                case PERCENT -> 1 + random.nextInt(400) / 10.0;
                case COUNT -> 12 + random.nextInt(2_400);
                case TONNES -> 1 + random.nextInt(90) / 10.0;
                case METRES -> 3 + random.nextInt(300) / 10.0;
            };
        }

        String format(double value) {
            return switch (this) {
                case EUROS -> String.format(Locale.ROOT, "\u20AC%.1f million", value);
                case PERCENT -> String.format(Locale.ROOT, "%.1f per cent", value);
                case COUNT -> String.format(Locale.ROOT, "%,d", Math.round(value));
                case TONNES -> String.format(Locale.ROOT, "%.1f million tonnes", value);
                case METRES -> String.format(Locale.ROOT, "%.1f metres", value);
            };
        }
    }
}
