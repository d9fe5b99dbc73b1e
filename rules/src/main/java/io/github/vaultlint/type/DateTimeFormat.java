package io.github.vaultlint.type;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Format;

/**
 * {@code format: date-time} as Obsidian writes it. Its "Date & time" property stores
 * {@code 2025-04-08T15:30}: minutes, no seconds and no time zone, which RFC 3339 (the validator's
 * own check) refuses. A value the property writes must pass, so seconds, a fraction of a second and
 * a zone ({@code Z}, {@code +02:00}) are optional here; the date must still exist and the time be a
 * real time of day.
 */
final class DateTimeFormat implements Format {
    static final String NAME = "date-time";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getMessageKey() {
        return "format.date-time";
    }

    @Override
    public boolean matches(ExecutionContext executionContext, String value) {
        return isDateTime(value);
    }

    /** {@code YYYY-MM-DDTHH:MM[:SS[.fraction]][Z|+HH:MM|-HH:MM]}, 'T' and 'Z' in either case. */
    static boolean isDateTime(String s) {
        if (s.length() < 16 || !SubsetSchema.isDate(s.substring(0, 10)) || (s.charAt(10) != 'T' && s.charAt(10) != 't')
                || !isClock(s, 11, 23)) {
            return false;
        }
        int i = 16;
        if (i < s.length() && s.charAt(i) == ':') {
            if (!twoDigits(s, i + 1, 59)) {
                return false;
            }
            i += 3;
            if (i < s.length() && s.charAt(i) == '.') {
                int start = ++i;
                while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    i++;
                }
                if (i == start) {
                    return false;
                }
            }
        }
        if (i == s.length()) {
            return true;
        }
        char zone = s.charAt(i);
        if (zone == 'Z' || zone == 'z') {
            return i + 1 == s.length();
        }
        return (zone == '+' || zone == '-') && i + 6 == s.length() && isClock(s, i + 1, 23);
    }

    /** "HH:MM" at {@code at}, the hour at most {@code maxHour}. */
    private static boolean isClock(String s, int at, int maxHour) {
        return at + 5 <= s.length() && twoDigits(s, at, maxHour) && s.charAt(at + 2) == ':' && twoDigits(s, at + 3, 59);
    }

    private static boolean twoDigits(String s, int at, int max) {
        if (at + 2 > s.length()) {
            return false;
        }
        char a = s.charAt(at);
        char b = s.charAt(at + 1);
        return a >= '0' && a <= '9' && b >= '0' && b <= '9' && (a - '0') * 10 + (b - '0') <= max;
    }
}
