package io.github.vaultlint.type;

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

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
