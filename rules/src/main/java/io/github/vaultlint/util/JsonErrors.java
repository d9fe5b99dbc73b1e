package io.github.vaultlint.util;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.util.regex.Pattern;

/**
 * Jackson's parse errors worded for a message: where (1-based, 1:1 when Jackson knows no place)
 * and why, on one line, without the input Jackson may quote or the "[Source: ...]" it adds.
 */
public final class JsonErrors {
    /** Jackson's "[Source: (String)"..."; line: 1, column: 23]" (or "REDACTED (...)") names the whole input: keep only its position. */
    private static final Pattern SOURCE = Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)\\]", Pattern.DOTALL);
    private static final int MAX = 200;

    private JsonErrors() {
    }

    /** 1-based line of the error; 1 when Jackson gives no location. */
    public static int line(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null ? 1 : Math.max(1, at.getLineNr());
    }

    /** 1-based column of the error; 1 when Jackson gives no location. */
    public static int column(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null ? 1 : Math.max(1, at.getColumnNr());
    }

    /** Jackson's reason on one line, its positions as "line L, column C", at most 200 characters. */
    public static String reason(JsonProcessingException e) {
        return reason(e.getOriginalMessage());
    }

    static String reason(String message) {
        String m = message == null ? "unreadable" : message;
        m = SOURCE.matcher(m).replaceAll("line $1, column $2");
        m = OneLine.regexSpaces(m).strip();
        return m.length() > MAX ? OneLine.head(m, MAX - 3) + "..." : m;
    }
}
