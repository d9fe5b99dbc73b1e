package io.github.vaultlint.type;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a value Obsidian's Date or Date &amp; time property holds is a real date, and why not: the
 * checks {@code format: date} and {@code format: date-time} of a schema make, shared so that
 * {@code frontmatter-schema} and {@code property-type} agree on which dates exist.
 */
public final class ObsidianDates {
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};

    private ObsidianDates() {
    }

    /** A {@code YYYY-MM-DD} date that exists (as {@code format: date} checks it). */
    public static boolean isDate(String s) {
        return SubsetSchema.isDate(s);
    }

    /** A {@code YYYY-MM-DDTHH:MM[:SS[.f]][zone]} whose date exists and whose time is a time of day (as {@code format: date-time}). */
    public static boolean isDateTime(String s) {
        return DateTimeFormat.isDateTime(s);
    }

    /**
     * Why {@code s}, shaped {@code DDDD-DD-DD...}, names no real day or time of day ("there is no month
     * 13", "April has 30 days", "there is no hour 25"), or null when its date and clock exist or its
     * shape is not that of a date.
     */
    public static String whyNot(String s) {
        if (s.length() < 10 || !digits(s, 0, 4) || s.charAt(4) != '-' || !digits(s, 5, 7) || s.charAt(7) != '-'
                || !digits(s, 8, 10)) {
            return null;
        }
        int year = Integer.parseInt(s.substring(0, 4));
        int month = Integer.parseInt(s.substring(5, 7));
        int day = Integer.parseInt(s.substring(8, 10));
        if (month < 1 || month > 12) {
            return "there is no month " + month;
        }
        if (!SubsetSchema.isDate(s.substring(0, 10))) {
            int days = switch (month) {
                case 2 -> year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
                case 4, 6, 9, 11 -> 30;
                default -> 31;
            };
            return day == 0 ? "there is no day 0"
                    : MONTHS[month - 1] + (month == 2 ? " " + s.substring(0, 4) : "") + " has " + days + " days";
        }
        if (s.length() >= 16 && (s.charAt(10) == 'T' || s.charAt(10) == 't') && digits(s, 11, 13) && s.charAt(13) == ':'
                && digits(s, 14, 16)) {
            int hour = Integer.parseInt(s.substring(11, 13));
            int minute = Integer.parseInt(s.substring(14, 16));
            if (hour > 23) {
                return "there is no hour " + hour;
            }
            if (minute > 59) {
                return "there is no minute " + minute;
            }
            if (s.length() >= 19 && s.charAt(16) == ':' && digits(s, 17, 19) && Integer.parseInt(s.substring(17, 19)) > 59) {
                return "there is no second " + Integer.parseInt(s.substring(17, 19));
            }
        }
        return null;
    }

    /**
     * How to fix {@code s}, which a {@code format: date} (or, with {@code withTime}, {@code date-time})
     * refused: "; it names no real day (February 2025 has 28 days): write a date that exists", the
     * date part of a date and time, the zero-padded form of 2024-3-1, the YYYY-MM-DD form of 01/03/2024
     * (both readings when the day and month could be either); "" when there is nothing more to say.
     */
    public static String fixHint(String s, boolean withTime) {
        String why = whyNot(s);
        if (why != null) {
            return "; it names no real " + (withTime ? "day or time" : "day") + " (" + why + "): write one that exists";
        }
        // 2025-04-08 15:30: the space Obsidian's Date & time property writes as T
        String t = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + "T" + s.substring(11) : s;
        if (!withTime && t.length() > 10 && isDateTime(t)) {
            return "; a date has no time of day: write " + s.substring(0, 10) + ", or make the schema ask for format: date-time";
        }
        if (withTime && t != s && isDateTime(t)) {
            return "; write a T between the date and the time: " + t;
        }
        if (withTime && isDate(s)) {
            return "; add the time of day: " + s + "T00:00";
        }
        Matcher m = LOOSE.matcher(s);
        if (m.matches()) {
            String day = ymd(m.group(1), m.group(2), m.group(3));
            return day == null ? "" : "; write the month and day with two digits: " + day;
        }
        m = SLASHED.matcher(s);
        if (m.matches()) {
            String dayFirst = ymd(m.group(4), m.group(3), m.group(1));
            String monthFirst = ymd(m.group(4), m.group(1), m.group(3));
            if (dayFirst != null && monthFirst != null && !dayFirst.equals(monthFirst)) {
                return "; write it as YYYY-MM-DD: " + dayFirst + " if the day comes first, " + monthFirst + " if the month does";
            }
            String one = dayFirst != null ? dayFirst : monthFirst;
            return one == null ? "" : "; write it as YYYY-MM-DD: " + one;
        }
        return "";
    }

    /** 2024-3-1: a date with a one-digit month or day. */
    private static final Pattern LOOSE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    /** 01/03/2024, 1.3.2024: day and month (in either order) before a four-digit year. */
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4})");

    /** "YYYY-MM-DD" when that day exists, else null. */
    private static String ymd(String year, String month, String day) {
        String s = year + "-" + (month.length() == 1 ? "0" : "") + month + "-" + (day.length() == 1 ? "0" : "") + day;
        return isDate(s) ? s : null;
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
