package org.imprimatur.checks.toxicity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imprimatur.checks.toxicity.TrainingExample.Outputs;

/**
 * Reads the toxicity training data into {@link TrainingExample}s and splits it.
 *
 * <ul>
 *   <li>Davidson et al. (ICWSM 2017), {@code labeled_data.csv}: tweets by majority class. Hate speech is toxic and
 *       hate; offensive language is toxic and not hate, other categories unknown; neither is clean.</li>
 *   <li>ToxiGen seed statements (Hartvigsen et al., ACL 2022), {@code statements.tsv}: hate is toxic and hate,
 *       other categories unknown; neutral is clean.</li>
 *   <li>Imprimatur's own {@code training-cases.tsv}: every output labelled.</li>
 * </ul>
 */
final class TrainingData {

    static final String DAVIDSON = "davidson";
    static final String TOXIGEN = "toxigen";
    static final String CASES = "cases";

    private static final Pattern ENTITY = Pattern.compile("&(#\\d+|amp|lt|gt|quot|apos);");
    private static final Pattern NOISE = Pattern.compile("(?i)\\bRT\\b:?|@\\w+:?|https?://\\S+");

    private TrainingData() {
    }

    /** Davidson's tweets, with retweet marks, mentions, links and HTML entities taken out. */
    static List<TrainingExample> davidson(byte[] csv) throws IOException {
        List<List<String>> rows = Csv.parse(new String(csv, StandardCharsets.UTF_8));
        List<String> header = rows.get(0);
        int classColumn = header.indexOf("class");
        int tweetColumn = header.indexOf("tweet");
        List<TrainingExample> examples = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            String text = cleanTweet(row.get(tweetColumn));
            if (text.isEmpty()) {
                continue;
            }
            String label = switch (row.get(classColumn)) {
                case "0" -> "hate";
                case "1" -> "offensive";
                case "2" -> "neither";
                default -> throw new IOException("Unknown Davidson class " + row.get(classColumn));
            };
            byte[] labels = unknown();
            labels[Outputs.TOXIC] = (byte) (label.equals("neither") ? 0 : 1);
            labels[Outputs.of(ToxicityCategory.HATE)] = (byte) (label.equals("hate") ? 1 : 0);
            if (label.equals("neither")) {
                Arrays.fill(labels, (byte) 0);
            }
            examples.add(new TrainingExample(text, DAVIDSON, label, labels));
        }
        return examples;
    }

    static String cleanTweet(String tweet) {
        Matcher entities = ENTITY.matcher(tweet);
        StringBuilder text = new StringBuilder();
        while (entities.find()) {
            String entity = entities.group(1);
            String replacement = switch (entity) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> Character.toString(Integer.parseInt(entity.substring(1)));
            };
            entities.appendReplacement(text, Matcher.quoteReplacement(replacement));
        }
        entities.appendTail(text);
        return NOISE.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    /** The ToxiGen seed statements: label, group, text. */
    static List<TrainingExample> toxigen(byte[] tsv) throws IOException {
        List<TrainingExample> examples = new ArrayList<>();
        for (String[] fields : tsvRows(tsv, 3, true)) {
            boolean hate = switch (fields[0]) {
                case "hate" -> true;
                case "neutral" -> false;
                default -> throw new IOException("Unknown ToxiGen label " + fields[0]);
            };
            byte[] labels = unknown();
            if (hate) {
                labels[Outputs.TOXIC] = 1;
                labels[Outputs.of(ToxicityCategory.HATE)] = 1;
            } else {
                Arrays.fill(labels, (byte) 0);
            }
            examples.add(new TrainingExample(fields[2], TOXIGEN, fields[0], labels));
        }
        return examples;
    }

    /** Imprimatur's cases: comma-separated categories or {@code none}, kind, sentence. */
    static List<TrainingExample> cases(byte[] tsv) throws IOException {
        List<TrainingExample> examples = new ArrayList<>();
        for (String[] fields : tsvRows(tsv, 3, false)) {
            byte[] labels = new byte[Outputs.COUNT];
            if (!fields[0].equals("none")) {
                for (String name : fields[0].split(",")) {
                    ToxicityCategory category = ToxicityCategory.fromWireName(name)
                            .orElseThrow(() -> new IOException("Unknown category " + name));
                    labels[Outputs.of(category)] = 1;
                }
                labels[Outputs.TOXIC] = 1;
            }
            String stratum = fields[0].equals("none") ? fields[1] : fields[0].split(",")[0];
            examples.add(new TrainingExample(fields[2], CASES, stratum, labels));
        }
        return examples;
    }

    private static List<String[]> tsvRows(byte[] tsv, int fields, boolean header) throws IOException {
        List<String[]> rows = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new StringReader(new String(tsv, StandardCharsets.UTF_8)));
        String line;
        boolean first = true;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#") || (header && first)) {
                first = false;
                continue;
            }
            first = false;
            String[] row = line.split("\t");
            if (row.length != fields) {
                throw new IOException("Expected " + fields + " tab-separated fields: " + line);
            }
            rows.add(row);
        }
        return rows;
    }

    private static byte[] unknown() {
        byte[] labels = new byte[Outputs.COUNT];
        Arrays.fill(labels, TrainingExample.UNKNOWN);
        return labels;
    }

    /** A training and a validation set. */
    record Split(List<TrainingExample> training, List<TrainingExample> validation) {
    }

    /**
     * Splits each (source, stratum) group on its own: shuffled with {@code seed}, its first {@code validationShare}
     * (rounded) kept for validation, so every source and label is represented in both sets in proportion.
     */
    static Split stratified(List<TrainingExample> examples, double validationShare, long seed) {
        Map<String, List<TrainingExample>> groups = new LinkedHashMap<>();
        for (TrainingExample example : examples) {
            groups.computeIfAbsent(example.source() + "/" + example.stratum(), k -> new ArrayList<>()).add(example);
        }
        Random random = new Random(seed);
        List<TrainingExample> training = new ArrayList<>();
        List<TrainingExample> validation = new ArrayList<>();
        for (List<TrainingExample> group : groups.values()) {
            List<TrainingExample> shuffled = new ArrayList<>(group);
            Collections.shuffle(shuffled, random);
            int held = (int) Math.round(shuffled.size() * validationShare);
            validation.addAll(shuffled.subList(0, held));
            training.addAll(shuffled.subList(held, shuffled.size()));
        }
        return new Split(training, validation);
    }

    /** RFC 4180 comma-separated values: quoted fields may hold commas, doubled quotes and line breaks. */
    static final class Csv {

        private Csv() {
        }

        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    field.append(c);
                }
            }
            if (field.length() > 0 || !row.isEmpty()) {
                row.add(field.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}
