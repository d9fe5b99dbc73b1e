package io.github.vaultlint.suppress;

import io.github.vaultlint.rule.Finding;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.util.OneLine;
import io.github.vaultlint.util.SafeText;
import io.github.vaultlint.util.Suggest;
import io.github.vaultlint.vault.Comment;
import io.github.vaultlint.vault.Note;
import io.github.vaultlint.vault.VaultIndex;
import io.github.vaultlint.vault.YamlNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Applies inline suppressions after the rules ran. Obsidian-friendly forms (comments don't render):
 * {@code %% vaultlint-disable-next-line rule %%}, {@code %% vaultlint-disable-line rule %%},
 * {@code %% vaultlint-disable rule %%} ... {@code %% vaultlint-enable %%},
 * {@code %% vaultlint-disable-file %%}, the same inside {@code <!-- -->}, and the frontmatter property
 * {@code vaultlint: {disable: [rule]}}. Suppressions that match nothing become
 * {@code unused-suppression}; unknown rule ids become {@code invalid-suppression}.
 */
public final class Suppressor {
    public static final String UNUSED = "unused-suppression";
    public static final String INVALID = "invalid-suppression";

    /**
     * The findings that remain, and those inline suppressions silenced (in {@link Finding#ORDER}):
     * kept for reports that show suppressed results as such (SARIF), never gated.
     */
    public record Result(List<Finding> findings, List<Finding> silenced) {
        /** How many findings inline suppressions silenced. */
        public int suppressed() {
            return silenced.size();
        }
    }

    private final Set<String> knownIds;
    private final BiFunction<String, String, Severity> severityOf;

    /**
     * @param knownIds   every registered rule id
     * @param severityOf the effective severity of a rule in a note (rule id, note path), or null when
     *                   it is turned off there (by a folder config or the note's type)
     */
    public Suppressor(Set<String> knownIds, BiFunction<String, String, Severity> severityOf) {
        this.knownIds = knownIds;
        this.severityOf = severityOf;
    }

    /** With one severity per rule for the whole vault. */
    public Suppressor(Set<String> knownIds, Function<String, Severity> severityOf) {
        this(knownIds, (id, path) -> severityOf.apply(id));
    }

    public Result apply(VaultIndex index, List<Finding> findings) {
        Map<String, List<Finding>> byFile = new HashMap<>();
        for (Finding f : findings) {
            byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
        }
        List<Finding> out = new ArrayList<>(findings.size());
        List<Finding> silenced = new ArrayList<>();
        for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
            Note note = index.note(e.getKey());
            if (note == null) {
                out.addAll(e.getValue());
                continue;
            }
            List<Finding> extra = new ArrayList<>();
            List<Directive> directives = directives(note, extra);
            filter(note, directives, e.getValue(), out, extra, silenced);
            out.addAll(extra);
        }
        // Notes with directives but no findings still get unused/invalid reports.
        for (Note note : index.notes()) {
            if (!note.linted() || byFile.containsKey(note.path())) {
                continue;
            }
            List<Finding> extra = new ArrayList<>();
            List<Directive> directives = directives(note, extra);
            filter(note, directives, List.of(), out, extra, silenced);
            out.addAll(extra);
        }
        out.sort(Finding.ORDER);
        silenced.sort(Finding.ORDER);
        return new Result(out, silenced);
    }

    /** The rules whose findings are about suppressions: a directive silences them only by naming them. */
    private static final Set<String> ABOUT_SUPPRESSIONS = Set.of(UNUSED, INVALID);

    private void filter(Note note, List<Directive> directives, List<Finding> findings, List<Finding> out, List<Finding> extra,
                        List<Finding> silenced) {
        // Keyed by where a suppression is written: a range split by a partial vaultlint-enable is one suppression.
        Map<Directive.Origin, Set<String>> used = new HashMap<>();
        for (Finding f : findings) {
            boolean hit = false;
            for (Directive d : directives) {
                if (d.kind() != Directive.Kind.ENABLE && d.covers(f.ruleId(), f.line())) {
                    used.computeIfAbsent(d.origin(), k -> new LinkedHashSet<>()).add(f.ruleId());
                    hit = true;
                }
            }
            if (hit) {
                silenced.add(f);
            } else {
                out.add(f);
            }
        }
        Severity unused = severityOf.apply(UNUSED, note.path());
        Map<Directive.Origin, List<Directive>> parts = new java.util.LinkedHashMap<>();
        for (Directive d : directives) {
            if (d.kind() != Directive.Kind.ENABLE) {
                parts.computeIfAbsent(d.origin(), k -> new ArrayList<>()).add(d);
            }
        }
        // Suppressions that silenced none of the note's findings (the rules about suppressions are decided below).
        Map<Directive.Origin, List<String>> idle = new HashMap<>();
        Map<Finding, Directive.Origin> stale = new java.util.LinkedHashMap<>(); // each report, and the suppression it is about
        if (unused != null) {
            for (List<Directive> same : parts.values()) {
                Directive d = same.get(0);
                List<String> ids = idleIds(note, same, used.getOrDefault(d.origin(), Set.of()), false);
                if (!ids.isEmpty()) {
                    idle.put(d.origin(), ids);
                    stale.put(unusedFinding(note, unused, d, ids), d.origin());
                }
            }
        }
        // The reports about suppressions (unknown ids, stray enables, stale ones) are findings of their own
        // rules, silenced by a directive that names the rule: %% vaultlint-disable-file unused-suppression %%.
        // A directive never silences the report that it is stale itself.
        List<Finding> reports = new ArrayList<>(extra);
        extra.clear();
        reports.addAll(stale.keySet());
        java.util.Set<Directive.Origin> staleSilenced = new java.util.HashSet<>();
        for (Finding f : reports) {
            Directive.Origin self = stale.get(f);
            boolean hit = false;
            for (Directive d : directives) {
                if (d.kind() != Directive.Kind.ENABLE && d.ids().contains(f.ruleId()) && !d.origin().equals(self)
                        && f.line() >= d.fromLine() && f.line() <= d.toLine()) {
                    used.computeIfAbsent(d.origin(), k -> new LinkedHashSet<>()).add(f.ruleId());
                    hit = true;
                }
            }
            if (hit) {
                silenced.add(f);
                if (self != null) {
                    staleSilenced.add(self);
                }
            } else if (self == null) {
                extra.add(f);
            }
        }
        if (unused == null) {
            return;
        }
        for (List<Directive> same : parts.values()) {
            Directive d = same.get(0);
            List<String> ids = new ArrayList<>();
            if (!staleSilenced.contains(d.origin())) {
                ids.addAll(idle.getOrDefault(d.origin(), List.of()));
            }
            ids.addAll(idleIds(note, same, used.getOrDefault(d.origin(), Set.of()), true));
            if (!ids.isEmpty()) {
                extra.add(unusedFinding(note, unused, d, ids));
            }
        }
    }

    /**
     * The rules one suppression (its parts, {@code same}) names but silenced nothing of ({@code u} are
     * those it did): "any rule" for a suppression of every rule that silenced nothing. With
     * {@code aboutSuppressions} the named rules about suppressions only, else the others.
     */
    private List<String> idleIds(Note note, List<Directive> same, Set<String> u, boolean aboutSuppressions) {
        List<String> ids = new ArrayList<>();
        if (same.stream().anyMatch(p -> p.ids().isEmpty())) {
            if (u.isEmpty() && !aboutSuppressions) {
                ids.add("any rule");
            }
            return ids;
        }
        Set<String> named = new LinkedHashSet<>();
        same.forEach(p -> named.addAll(p.ids()));
        for (String id : named) {
            if (ABOUT_SUPPRESSIONS.contains(id) == aboutSuppressions && !u.contains(id) && knownIds.contains(id)
                    && severityOf.apply(id, note.path()) != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static Finding unusedFinding(Note note, Severity unused, Directive d, List<String> idle) {
        return new Finding(UNUSED, unused, note.path(), d.line(), d.column(), d.endLine(), d.endColumn(),
                d.label() + " for " + String.join(", ", idle) + " suppresses nothing"
                        + (d.kind() != Directive.Kind.NEXT_LINE ? ""
                        : d.fromLine() > note.lineCount() ? ": the note ends before a next line" : " on line " + d.fromLine())
                        + "; remove it (or the rule id) so stale suppressions don't pile up");
    }

    List<Directive> directives(Note note, List<Finding> extra) {
        List<Directive> out = new ArrayList<>();
        List<Directive> open = new ArrayList<>();
        int last = Math.max(1, note.lineCount());
        for (Comment c : note.comments()) {
            String t = c.text().strip();
            if (!t.startsWith("vaultlint-")) {
                continue;
            }
            String[] words = t.split("[\\s,]+");
            String verb = words[0];
            if (!c.closed()) {
                unclosed(note, c, verb, extra);
                continue;
            }
            Set<String> ids = ids(note, words, wordPositions(c, words), extra);
            if (ids == null) {
                continue;
            }
            switch (verb) {
                case "vaultlint-disable-next-line":
                    out.add(new Directive(Directive.Kind.NEXT_LINE, ids, c.line(), c.column(), c.endLine(), c.endColumn(),
                            c.endLine() + 1, c.endLine() + 1));
                    break;
                case "vaultlint-disable-line":
                    out.add(new Directive(Directive.Kind.LINE, ids, c.line(), c.column(), c.endLine(), c.endColumn(), c.line(), c.endLine()));
                    break;
                case "vaultlint-disable-file":
                    out.add(new Directive(Directive.Kind.FILE, ids, c.line(), c.column(), c.endLine(), c.endColumn(), 1, last));
                    break;
                case "vaultlint-disable":
                    open.add(new Directive(Directive.Kind.RANGE, ids, c.line(), c.column(), c.endLine(), c.endColumn(), c.line(), last));
                    break;
                case "vaultlint-enable": {
                    boolean closed = false;
                    Set<String> reenabled = new LinkedHashSet<>();
                    for (int i = 0; i < open.size(); i++) {
                        Directive d = open.get(i);
                        if (ids.isEmpty()) { // every rule on again: the range ends here
                            out.add(d.with(d.ids(), d.except(), d.fromLine(), c.line()));
                            open.remove(i--);
                            closed = true;
                            continue;
                        }
                        // Only the named rules come back on (as in ESLint); the range goes on for the others.
                        // Insertion-ordered sets, so a message naming several rules is the same on every run.
                        Set<String> on = new LinkedHashSet<>(ids);
                        if (d.ids().isEmpty()) {
                            on.removeAll(d.except());
                        } else {
                            on.retainAll(d.ids());
                        }
                        if (on.isEmpty()) {
                            continue;
                        }
                        out.add(d.with(on, Set.of(), d.fromLine(), c.line()));
                        if (d.ids().isEmpty()) {
                            Set<String> except = new LinkedHashSet<>(d.except());
                            except.addAll(on);
                            open.set(i, d.with(Set.of(), except, d.fromLine(), d.toLine()));
                        } else {
                            Set<String> rest = new LinkedHashSet<>(d.ids());
                            rest.removeAll(on);
                            if (rest.isEmpty()) {
                                open.remove(i--);
                            } else {
                                open.set(i, d.with(rest, Set.of(), d.fromLine(), d.toLine()));
                            }
                        }
                        reenabled.addAll(on);
                        closed = true;
                    }
                    List<String> idle = new ArrayList<>();
                    for (String id : ids) {
                        if (!reenabled.contains(id)) {
                            idle.add(id);
                        }
                    }
                    if (!closed || !idle.isEmpty()) {
                        strayEnable(note, c, closed ? idle : List.copyOf(ids), extra);
                    }
                    break;
                }
                default:
                    Severity sev = severityOf.apply(INVALID, note.path());
                    if (sev != null) {
                        extra.add(new Finding(INVALID, sev, note.path(), c.textLine(), c.textColumn(), c.textLine(),
                                c.textColumn() + verb.length(),
                                "unknown suppression \"" + verb + "\"" + Suggest.didYouMean(verb, List.of("vaultlint-disable",
                                        "vaultlint-enable", "vaultlint-disable-next-line", "vaultlint-disable-line", "vaultlint-disable-file"))
                                        + "; it has no effect"));
                    }
            }
        }
        out.addAll(open);
        frontmatterDirective(note, out, extra, last);
        return out;
    }

    /** The frontmatter control property: {@code vaultlint: {disable: [rule-id, ...]}} or {@code {disable: rule-id}}. */
    public static final String PROPERTY = "vaultlint";
    private static final String ACCEPTED = "write it as vaultlint: {disable: [rule-id, ...]} (or, on lines of their own, "
            + "vaultlint: then disable: [rule-id]), or remove it";

    private void frontmatterDirective(Note note, List<Directive> out, List<Finding> extra, int last) {
        if (note.frontmatter() == null) {
            return;
        }
        YamlNode.Entry entry = note.frontmatter().entry(PROPERTY);
        if (entry == null) {
            return;
        }
        YamlNode v = entry.value();
        if (v.kind() != YamlNode.Kind.MAPPING) {
            invalidProperty(note, entry.line(), entry.column(), entry.column() + PROPERTY.length(), extra,
                    "frontmatter property \"vaultlint\" is " + shape(v) + " but must hold disable: [rule-id, ...]; it has no effect");
            return;
        }
        for (YamlNode.Entry e : v.entries()) {
            if (!e.key().equals("disable")) {
                invalidProperty(note, e.line(), e.column(), e.column() + Math.max(1, e.key().length()), extra,
                        "frontmatter property \"vaultlint\" has an unknown key \"" + SafeText.visible(e.key()) + "\""
                                + Suggest.didYouMean(e.key(), List.of("disable")) + " (disable is the only one); it has no effect");
            }
        }
        YamlNode.Entry disableEntry = v.entry("disable");
        if (disableEntry == null) {
            if (v.entries().isEmpty()) {
                invalidProperty(note, entry.line(), entry.column(), entry.column() + PROPERTY.length(), extra,
                        "frontmatter property \"vaultlint\" is empty; it has no effect");
            }
            return;
        }
        YamlNode disable = disableEntry.value();
        if (disable.kind() == YamlNode.Kind.MAPPING || disable.isNull()
                || (disable.kind() == YamlNode.Kind.SEQUENCE && disable.items().isEmpty())) {
            invalidProperty(note, disableEntry.line(), disableEntry.column(), disableEntry.column() + "disable".length(), extra,
                    "\"disable\" in frontmatter property \"vaultlint\" is " + shape(disable) + " but must name rule ids; it has no effect");
            return;
        }
        List<YamlNode> items = disable.kind() == YamlNode.Kind.SEQUENCE ? disable.items() : List.of(disable);
        for (YamlNode item : items) {
            if (!item.isScalar() || item.value() == null) {
                invalidProperty(note, item.line(), item.column(), Math.max(item.column() + 1, item.endLine() == item.line()
                        ? item.endColumn() : item.column() + 1), extra,
                        "an entry of \"disable\" in frontmatter property \"vaultlint\" is " + shape(item)
                                + " but must be a rule id; it has no effect");
                continue;
            }
            String id = String.valueOf(item.value()).strip();
            int end = item.endLine() == item.line() ? Math.max(item.endColumn(), item.column() + 1) : item.column() + id.length();
            Set<String> ids = ids(note, new String[] {"vaultlint-disable-file", id},
                    new int[][] {null, {item.line(), item.column(), end}}, extra);
            if (ids != null) {
                out.add(new Directive(Directive.Kind.FILE, ids, item.line(), item.column(), item.endLine(), item.endColumn(), 1, last));
            }
        }
    }

    /**
     * A directive whose comment is never closed runs to the end of the note: Obsidian hides all of it,
     * and every word after the directive would read as a rule id. It silences nothing and is reported once.
     */
    private void unclosed(Note note, Comment c, String verb, List<Finding> extra) {
        Severity sev = severityOf.apply(INVALID, note.path());
        if (sev == null) {
            return;
        }
        String open = c.html() ? "<!--" : "%%";
        String close = c.html() ? "-->" : "%%";
        extra.add(new Finding(INVALID, sev, note.path(), c.line(), c.column(), c.line(), c.column() + open.length(),
                "the " + OneLine.cut(SafeText.visible(verb), 40) + " comment is never closed, so Obsidian hides the rest of the note "
                        + "and it silences nothing; end it with " + close + " after the rule ids"));
    }

    /** A {@code vaultlint-enable} with no open {@code vaultlint-disable} (for those rules) above it re-enables nothing. */
    private void strayEnable(Note note, Comment c, List<String> ids, List<Finding> extra) {
        Severity sev = severityOf.apply(UNUSED, note.path());
        if (sev == null) {
            return;
        }
        String what = ids.isEmpty() ? "vaultlint-enable" : "vaultlint-enable " + String.join(", ", ids);
        extra.add(new Finding(UNUSED, sev, note.path(), c.line(), c.column(), c.endLine(), c.endColumn(),
                what + " re-enables nothing: no vaultlint-disable" + (ids.isEmpty() ? "" : " of " + String.join(", ", ids))
                        + " is open above it in this note; remove it, or add the vaultlint-disable it was meant to close"));
    }

    private void invalidProperty(Note note, int line, int column, int endColumn, List<Finding> extra, String what) {
        Severity sev = severityOf.apply(INVALID, note.path());
        if (sev != null) {
            extra.add(new Finding(INVALID, sev, note.path(), line, column, line, endColumn, what + "; " + ACCEPTED));
        }
    }

    /** How a YAML value reads in a message: "text (\"off\")", "a list", "nested properties", "empty". */
    private static String shape(YamlNode v) {
        switch (v.kind()) {
            case SEQUENCE: return v.items().isEmpty() ? "an empty list" : "a list";
            case MAPPING: return v.entries().isEmpty() ? "empty" : "nested properties";
            default:
                if (v.value() == null) {
                    return "empty";
                }
                return v.typeName() + " (\"" + clip(OneLine.of(String.valueOf(v.value()))) + "\")";
        }
    }

    private static String clip(String s) {
        return s.length() <= 40 ? s : io.github.vaultlint.util.OneLine.head(s, 39) + "\u2026";
    }

    /**
     * Where each of {@code words} (the comment's stripped text split as {@link #directives} splits it)
     * is in the note: {line, column, endColumn}.
     */
    private static int[][] wordPositions(Comment c, String[] words) {
        int[][] at = new int[words.length][];
        String t = c.text();
        int cursor = 0; // one pass over the text: where the walk is, on which line, and where that line starts
        int line = c.textLine();
        int lineStart = 0;
        boolean firstLine = true;
        int from = 0; // where the next word is looked for: after this one
        for (int i = 0; i < words.length; i++) {
            int k = words[i].isEmpty() ? -1 : t.indexOf(words[i], from);
            if (k < 0) {
                at[i] = new int[] {c.line(), c.column(), c.column()};
                continue;
            }
            for (; cursor < k; cursor++) {
                char ch = t.charAt(cursor);
                if (ch == '\n' || ch == '\r' && (cursor + 1 >= t.length() || t.charAt(cursor + 1) != '\n')) {
                    line++;
                    lineStart = cursor + 1;
                    firstLine = false;
                }
            }
            int column = firstLine ? c.textColumn() + k : k - lineStart + 1;
            at[i] = new int[] {line, column, column + words[i].length()};
            from = k + words[i].length();
        }
        return at;
    }

    /**
     * Rule ids named after the verb; unknown ones are reported on the id itself ({@code at[i]} is
     * word i's {line, column, endColumn}) and dropped. Null if none survive.
     */
    private Set<String> ids(Note note, String[] words, int[][] at, List<Finding> extra) {
        Set<String> ids = new LinkedHashSet<>();
        boolean named = false;
        for (int i = 1; i < words.length; i++) {
            String id = words[i].strip();
            if (id.isEmpty() || id.equals("--")) {
                if (id.equals("--")) {
                    break; // a "-- reason" comment follows
                }
                continue;
            }
            if (id.chars().allMatch(ch -> ch == '>')) {
                continue; // the quote markers of a comment written over several lines of a quote
            }
            named = true;
            if (knownIds.contains(id)) {
                ids.add(id);
            } else {
                Severity sev = severityOf.apply(INVALID, note.path());
                if (sev != null) {
                    extra.add(new Finding(INVALID, sev, note.path(), at[i][0], at[i][1], at[i][0], at[i][2],
                            "suppression names unknown rule \"" + OneLine.cut(id, 80) + "\"" + Suggest.didYouMean(id, knownIds)
                                    + "; see docs/rules.md for rule ids"));
                }
            }
        }
        return named && ids.isEmpty() ? null : ids;
    }
}
