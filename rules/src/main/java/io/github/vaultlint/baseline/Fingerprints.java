package io.github.vaultlint.baseline;

import io.github.vaultlint.report.SourceLines;
import io.github.vaultlint.rule.Finding;
import io.github.vaultlint.util.OneLine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Line-independent identities for findings: rule id + vault-relative path + a hash of the
 * normalised offending text (the span the finding covers, or its whole line) + the occurrence index
 * among findings with the same rule, path and text. Editing an unrelated part of a note leaves
 * every fingerprint unchanged; the line number is never part of it.
 */
public final class Fingerprints {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Fingerprints() {
    }

    /** Fingerprints for {@code findings} (which must be in {@link Finding#ORDER}), by identity. */
    public static Map<Finding, String> compute(List<Finding> findings, SourceLines source) {
        Map<Finding, String> out = new IdentityHashMap<>();
        source.preload(quotedFiles(findings));
        number(findings, new HashMap<>(), source, out);
        return out;
    }

    /**
     * Fingerprints for {@code more} (findings kept apart from {@code findings}, such as those inline
     * suppressions silenced; both in {@link Finding#ORDER}): each occurrence index continues after
     * those of {@code findings} with the same rule, path and text, so no two findings of a run share
     * a fingerprint and {@code findings} keep theirs.
     */
    public static Map<Finding, String> compute(List<Finding> findings, List<Finding> more, SourceLines source) {
        Map<Finding, String> out = new IdentityHashMap<>();
        if (more.isEmpty()) {
            return out;
        }
        java.util.Set<String> files = filesOf(more);
        source.preload(quotedFiles(more));
        Map<String, Integer> occurrences = new HashMap<>();
        for (Finding f : findings) {
            if (files.contains(f.file())) {
                occurrences.merge(base(f, source), 1, Integer::sum);
            }
        }
        number(more, occurrences, source, out);
        return out;
    }

    private static java.util.Set<String> filesOf(List<Finding> findings) {
        java.util.Set<String> files = new java.util.LinkedHashSet<>();
        for (Finding f : findings) {
            files.add(f.file());
        }
        return files;
    }

    /** The files whose lines {@code findings} quote: not those only found wrong as a whole (unreadable, binary, too large). */
    private static java.util.Set<String> quotedFiles(List<Finding> findings) {
        java.util.Set<String> files = new java.util.LinkedHashSet<>();
        for (Finding f : findings) {
            if (!aboutWholeNote(f)) {
                files.add(f.file());
            }
        }
        return files;
    }

    /** "rule:file:hash:n", n counting the findings before it with the same rule, file and text. */
    private static void number(List<Finding> findings, Map<String, Integer> occurrences, SourceLines source,
                               Map<Finding, String> out) {
        for (Finding f : findings) {
            String base = base(f, source);
            int n = occurrences.merge(base, 1, Integer::sum) - 1;
            out.put(f, base + ":" + n);
        }
    }

    private static String base(Finding f, SourceLines source) {
        return f.ruleId() + ":" + f.file() + ":" + hash(offendingText(f, source));
    }

    /**
     * Rules whose finding at the note's very start (1:1, no span) is about the whole note: no
     * frontmatter, an empty note, one too large or not text to read, one in UTF-16. Line 1 is then
     * whatever the note happens to begin with (its title, often), not what the finding is about.
     */
    private static final java.util.Set<String> WHOLE_NOTE = java.util.Set.of(
            "frontmatter-missing", "empty-note", "unreadable-file", "invalid-encoding");

    /**
     * The text a finding points at, whitespace-collapsed; the whole line for point findings; nothing
     * for a finding about the whole note, so retitling a note without frontmatter does not make its
     * baselined frontmatter-missing new again.
     */
    private static boolean aboutWholeNote(Finding f) {
        return WHOLE_NOTE.contains(f.ruleId()) && f.line() == 1 && f.column() == 1 && f.endLine() == 1 && f.endColumn() <= 1;
    }

    static String offendingText(Finding f, SourceLines source) {
        if (aboutWholeNote(f)) {
            return "";
        }
        String line = source.line(f.file(), f.line());
        String span = line;
        if (f.endLine() == f.line() && f.endColumn() > f.column() && f.endColumn() - 1 <= line.length()) {
            span = line.substring(f.column() - 1, f.endColumn() - 1);
        }
        return OneLine.regexSpaces(span.strip());
    }

    static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            char[] hex = new char[16];
            for (int i = 0; i < 8; i++) {
                hex[2 * i] = HEX[(d[i] >> 4) & 0xF];
                hex[2 * i + 1] = HEX[d[i] & 0xF];
            }
            return new String(hex);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
