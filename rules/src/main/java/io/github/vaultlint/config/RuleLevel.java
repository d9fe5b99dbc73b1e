package io.github.vaultlint.config;

import io.github.vaultlint.rule.Severity;

import java.util.Locale;

/** A rule's configured level: a severity, or off. */
public enum RuleLevel {
    ERROR, WARNING, INFO, OFF;

    public Severity severity() {
        switch (this) {
            case ERROR: return Severity.ERROR;
            case WARNING: return Severity.WARNING;
            case INFO: return Severity.INFO;
            default: return null;
        }
    }

    public static RuleLevel parse(String s) {
        if (s == null) {
            return null;
        }
        switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "error": return ERROR;
            case "warning": case "warn": return WARNING;
            case "info": return INFO;
            case "off": case "false": case "none": return OFF;
            default: return null;
        }
    }
}
