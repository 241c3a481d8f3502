package org.imprimatur.checks.fact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imprimatur.spi.check.Span;

/**
 * Finds the {@link DateMention parts of dates} in a text: weekdays, month names (full or abbreviated), days of the
 * month next to a month ({@code 3 March}, {@code March 3rd}, {@code the 3rd of March}), years from 1800 to 2099
 * standing alone, and ISO dates. Month names that are also words ({@code May}, {@code March}) count only next to a day,
 * a year or a preposition of time. Relative dates ({@code yesterday}) are not parts of a date. Stateless.
 */
final class DateMentions {

    private static final String MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?=[MTWFS])(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b");
    private static final Pattern MONTH = Pattern.compile("\\b(?=[JFMASOND])(" + MONTH_NAMES + ")\\b\\.?");
    private static final Pattern DAY_BEFORE_MONTH = Pattern.compile(
            "(?<!\\d)([0-3]?\\d)(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?=(?:" + MONTH_NAMES + ")\\b)");
    /** Tried just after a month name. */
    private static final Pattern DAY_AFTER_MONTH = Pattern.compile(
            "\\s+([0-3]?\\d)(?:st|nd|rd|th)?(?![\\d.,]?\\d)\\b");
    // Starts on the digits, so that a scan rejects other positions at once; what may precede is checked apart.
    private static final Pattern YEAR = Pattern.compile("(1[89]\\d\\d|20\\d\\d)(?![\\w%]|[.,/-]\\d)");
    private static final String NOT_BEFORE_YEAR = ".,$€£¥-";
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    /** Before an ambiguous month name ("in May", "last March"), a preposition of time makes it a month. */
    private static final Pattern TIME_PREPOSITION = Pattern.compile(
            "\\b(?:in|on|of|since|until|till|from|by|during|before|after|last|next|this|early|late|mid|between|and"
                    + "|through)\\s+$", Pattern.CASE_INSENSITIVE);
    private static final List<String> AMBIGUOUS_MONTHS = List.of("May", "March", "Mar", "Jan", "Sep", "Dec", "Oct",
            "Nov", "Aug", "Jun", "Jul", "Apr", "Feb", "Sept");

    private DateMentions() {
    }

    static List<DateMention> of(String text) {
        List<DateMention> found = new ArrayList<>();
        Matcher weekday = WEEKDAY.matcher(text);
        while (weekday.find()) {
            found.add(new DateMention(DateMention.Field.WEEKDAY, weekdayNumber(weekday.group(1)), span(weekday, 0)));
        }
        List<Span> days = new ArrayList<>();
        Matcher dayBefore = DAY_BEFORE_MONTH.matcher(text);
        while (dayBefore.find()) {
            addDay(dayBefore, found, days);
        }
        Matcher month = MONTH.matcher(text);
        Matcher dayAfter = DAY_AFTER_MONTH.matcher(text);
        while (month.find()) {
            if (dayAfter.region(month.end(), text.length()).lookingAt()) {
                addDay(dayAfter, found, days);
            }
            if (isMonth(text, month, days)) {
                found.add(new DateMention(DateMention.Field.MONTH, monthNumber(month.group(1)), span(month, 1)));
            }
        }
        Matcher year = YEAR.matcher(text);
        while (year.find()) {
            int start = year.start();
            if (start == 0 || !(Character.isLetterOrDigit(text.charAt(start - 1))
                    || NOT_BEFORE_YEAR.indexOf(text.charAt(start - 1)) >= 0)) {
                found.add(new DateMention(DateMention.Field.YEAR, Integer.parseInt(year.group(1)), span(year, 1)));
            }
        }
        Matcher iso = ISO_DATE.matcher(text);
        while (iso.find()) {
            int monthValue = Integer.parseInt(iso.group(2));
            int dayValue = Integer.parseInt(iso.group(3));
            if (monthValue >= 1 && monthValue <= 12 && dayValue >= 1 && dayValue <= 31) {
                found.add(new DateMention(DateMention.Field.YEAR, Integer.parseInt(iso.group(1)), span(iso, 1)));
                found.add(new DateMention(DateMention.Field.MONTH, monthValue, span(iso, 2)));
                found.add(new DateMention(DateMention.Field.DAY, dayValue, span(iso, 3)));
            }
        }
        found.sort(Comparator.comparingInt((DateMention mention) -> mention.span().start()));
        return found;
    }

    private static void addDay(Matcher day, List<DateMention> found, List<Span> days) {
        int value = Integer.parseInt(day.group(1));
        if (value >= 1 && value <= 31) {
            found.add(new DateMention(DateMention.Field.DAY, value, span(day, 1)));
            days.add(span(day, 1));
        }
    }

    private static boolean isMonth(String text, Matcher month, List<Span> days) {
        if (!AMBIGUOUS_MONTHS.contains(month.group(1))) {
            return true;
        }
        String after = text.substring(month.end(), Math.min(text.length(), month.end() + 6)).stripLeading();
        boolean dayOrYearFollows = !after.isEmpty() && Character.isDigit(after.charAt(0));
        boolean dayPrecedes = days.stream()
                .anyMatch(day -> day.end() <= month.start() && month.start() - day.end() <= 5);
        return dayOrYearFollows || dayPrecedes
                || TIME_PREPOSITION.matcher(text.substring(Math.max(0, month.start() - 12), month.start())).find();
    }

    private static int weekdayNumber(String stem) {
        return List.of("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")
                .indexOf(stem.toLowerCase(Locale.ROOT)) + 1;
    }

    private static int monthNumber(String name) {
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
                .indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
    }

    private static Span span(Matcher matcher, int group) {
        return new Span(matcher.start(group), matcher.end(group));
    }
}
