package io.github.vaultlint.engine;

import io.github.vaultlint.rule.Finding;
import io.github.vaultlint.rule.Severity;

import java.util.List;

/** Counts for a run: notes linted, files scanned, findings by severity. */
public record Summary(int notes, int files, int errors, int warnings, int infos) {

    public static Summary of(int notes, int files, List<Finding> findings) {
        int e = 0;
        int w = 0;
        int i = 0;
        for (Finding f : findings) {
            switch (f.severity()) {
                case ERROR: e++; break;
                case WARNING: w++; break;
                default: i++;
            }
        }
        return new Summary(notes, files, e, w, i);
    }

    /** Findings at or above {@code threshold}; {@code null} threshold counts none. */
    public int countAtLeast(Severity threshold) {
        if (threshold == null) {
            return 0;
        }
        switch (threshold) {
            case ERROR: return errors;
            case WARNING: return errors + warnings;
            default: return errors + warnings + infos;
        }
    }
}
