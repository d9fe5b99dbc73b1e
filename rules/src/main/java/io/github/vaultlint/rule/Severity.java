package io.github.vaultlint.rule;

import java.util.Locale;

/** Severity of a finding. Ordered from most to least severe. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The lower-case id used in config, JSON and SARIF mapping ("error", "warning", "info"). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is at least as severe as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** Parses "error", "warning" or "info" (case-insensitive); returns null for anything else. */
    public static Severity parse(String s) {
        if (s == null) {
            return null;
        }
        switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "error": return ERROR;
            case "warning": case "warn": return WARNING;
            case "info": return INFO;
            default: return null;
        }
    }
}
