package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.rule.Rule;
import io.github.vaultlint.rule.RuleContext;
import io.github.vaultlint.rule.RuleInfo;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.type.ObsidianDates;
import io.github.vaultlint.type.SchemaViolation;
import io.github.vaultlint.type.TypeSchema;
import io.github.vaultlint.util.OneLine;
import io.github.vaultlint.vault.Note;
import io.github.vaultlint.vault.PropertyTypes;
import io.github.vaultlint.vault.YamlNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

@RuleInfo(id = "property-type", severity = Severity.WARNING, category = "frontmatter",
        summary = "One property name holding different types in different notes.",
        description = "Obsidian gives each property name one type for the whole vault (text, list, number, checkbox, "
                + "date, date & time). When `status` is a list in one note and text in another, Obsidian shows one of "
                + "them as invalid. Reported on each note that differs from the type most notes use, naming the notes "
                + "on each side (an unquoted `yes`/`no`, YAML 1.1's true/false and text to Obsidian, never makes text the intended "
                + "type over notes that write `true` or `false`). Empty values are ignored. A type Obsidian stores in `.obsidian/types.json` (set in its "
                + "Properties view) is the intended one: every value that does not fit it is reported, also when all notes "
                + "agree. So is a date that does not exist (`2025-02-30`, `2025-13-45`, `2025-04-08T25:00`) in a Date or "
                + "Date & time property, unless the note's schema already reports it as not a valid date. One text value in "
                + "a list property (`multitext` in types.json, or `aliases` and `cssclasses`) is not reported: Obsidian shows "
                + "it as a list of one and writes it back as a list when it is edited.")
public final class PropertyTypeRule implements Rule {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATETIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?");
    private static final int NAMES_SHOWN = 3;

    /** The {@code vaultlint:} suppression property ({@code Suppressor.PROPERTY}). */
    private static final String CONTROL_KEY = "vaultlint";
    private static final java.util.Set<String> TAG_KEYS = java.util.Set.of("tags", "tag");
    /** Properties Obsidian always types as lists. */
    private static final java.util.Set<String> LIST_KEYS = java.util.Set.of("aliases", "alias", "cssclasses", "cssclass");

    /** The kinds of a text value: text, or text shaped as a date or a date and time. */
    private static final java.util.Set<String> TEXTUAL = java.util.Set.of("text", "date", "datetime");
    private static final java.util.Set<String> DATES = java.util.Set.of("date", "datetime");

    /** Where one note uses a property. */
    private record Use(Note note, YamlNode.Entry entry) {
    }

    @Override
    public void checkVault(RuleContext ctx) {
        List<Note> notes = ctx.vault().notes().stream()
                // YAML that frontmatter-syntax reports (unquoted links, duplicates) has no reliable types
                .filter(n -> n.linted() && n.frontmatter() != null && n.problems("frontmatter-syntax").isEmpty())
                .sorted(Comparator.comparing(Note::path)).toList();
        // property (lower case, as Obsidian matches names) -> type -> uses, in path order
        Map<String, Map<String, List<Use>>> byProperty = new TreeMap<>();
        for (Note n : notes) {
            for (YamlNode.Entry e : n.frontmatter().entries()) {
                if (CONTROL_KEY.equalsIgnoreCase(e.key())) {
                    continue; // vaultlint's own control property, not a note property (invalid-suppression checks it)
                }
                String kind = kind(e.value());
                if (kind != null && TEXTUAL.contains(kind) && LIST_KEYS.contains(e.key().toLowerCase(Locale.ROOT))) {
                    continue; // one text in a list property is a list of one to Obsidian (see fits)
                }
                if (kind != null) {
                    byProperty.computeIfAbsent(e.key().toLowerCase(Locale.ROOT), k -> new LinkedHashMap<>())
                            .computeIfAbsent(kind, k -> new ArrayList<>()).add(new Use(n, e));
                }
            }
        }
        PropertyTypes declared = ctx.vault().propertyTypes();
        for (Map.Entry<String, Map<String, List<Use>>> property : byProperty.entrySet()) {
            Map<String, List<Use>> kinds = property.getValue();
            List<Use> timed = kinds.get("datetime");
            if (timed != null && kinds.containsKey("date")) {
                // Dates with and without a time are one type to Obsidian (see fits): no conflict between them.
                kinds.remove("datetime");
                kinds.get("date").addAll(timed);
                kinds.get("date").sort(Comparator.comparing(u -> u.note().path()));
            }
            java.util.Set<String> fits = fits(declared.of(property.getKey()));
            if (fits != null && !TAG_KEYS.contains(property.getKey()) && !LIST_KEYS.contains(property.getKey())) {
                // Obsidian shows the property as the type types.json gives it, in every note: that type is
                // the intended one, also when most notes (or all) hold another.
                for (Map.Entry<String, List<Use>> k : kinds.entrySet()) {
                    for (Use u : k.getValue()) {
                        if (!fits.contains(k.getKey())) {
                            reportDeclared(ctx, u, k.getKey(), declared.of(property.getKey()));
                        } else if (fits.equals(DATES)) {
                            reportImpossibleDate(ctx, u, declared.of(property.getKey()));
                        }
                    }
                }
                continue;
            }
            if (kinds.size() < 2 || TAG_KEYS.contains(property.getKey())) {
                continue; // tags written as text are frontmatter-tags' finding
            }
            // The type most notes use is taken as intended; with a tie every side is reported.
            // Obsidian's own list properties are always lists, whatever most notes do.
            String majority = LIST_KEYS.contains(property.getKey()) && kinds.containsKey("list") ? "list" : null;
            // An unquoted yes/no is YAML 1.1's true/false: text to Obsidian (YAML 1.2), but meant as a checkbox. Notes
            // that write it never make text the intended type over notes that write true or false.
            boolean yesNo = majority == null && kinds.containsKey("checkbox") && kinds.containsKey("text")
                    && kinds.get("text").stream().allMatch(u -> booleanWord(u.entry().value()) != null);
            if (yesNo) {
                majority = "checkbox";
            }
            boolean tie = false;
            for (Map.Entry<String, List<Use>> k : majority != null ? List.<Map.Entry<String, List<Use>>>of() : kinds.entrySet()) {
                int n = k.getValue().size();
                int best = majority == null ? -1 : kinds.get(majority).size();
                if (n > best) {
                    majority = k.getKey();
                    tie = false;
                } else if (n == best) {
                    tie = true;
                }
            }
            for (Map.Entry<String, List<Use>> k : kinds.entrySet()) {
                if (!tie && k.getKey().equals(majority)) {
                    continue;
                }
                for (Use u : k.getValue()) {
                    report(ctx, u, k.getKey(), k.getValue(), tie ? null : majority, kinds, yesNo);
                }
            }
        }
    }

    /**
     * The kinds of value that fit a type declared in types.json, or null for no (or an unknown)
     * declaration. A text property shows a date written as text as text.
     */
    private static java.util.Set<String> fits(String declaredType) {
        if (declaredType == null) {
            return null;
        }
        switch (declaredType) {
            case "text": return java.util.Set.of("text", "date", "datetime");
            // Obsidian shows one text in a list property as a list of one (and writes it back as a list
            // when it is edited), as it does for tags and aliases: not an invalid value.
            case "multitext": return java.util.Set.of("list", "text", "date", "datetime");
            case "number": return java.util.Set.of("number");
            case "checkbox": return java.util.Set.of("checkbox");
            // Obsidian reads either date form in either property (a date shows as midnight, a date & time
            // as its day), so neither is an invalid value there.
            case "date":
            case "datetime": return DATES;
            default: return null; // "tags", "aliases" and types of plugins: checked elsewhere or unknown
        }
    }

    private static void reportDeclared(RuleContext ctx, Use u, String kind, String declaredType) {
        String wanted = article("multitext".equals(declaredType) ? "list" : declaredType);
        YamlNode.Entry e = u.entry();
        Object v = e.value().value();
        String hint = "checkbox".equals(declaredType) && v instanceof String s
                && java.util.Set.of("yes", "no", "on", "off", "y", "n").contains(s.strip().toLowerCase(Locale.ROOT))
                ? " (\"" + s.strip() + "\" is text: write true or false)" : "";
        if (v instanceof String s && e.value().quoted() && hint.isEmpty()) {
            // "true" or "5" in quotes: it reads like the declared type, so say what makes it text.
            Object plain = io.github.vaultlint.parse.YamlReader.plainScalar(s.strip());
            if ("checkbox".equals(declaredType) ? plain instanceof Boolean : "number".equals(declaredType) && plain instanceof Number) {
                hint = " (the quotes make \"" + s.strip() + "\" text: write it without them)";
            }
        }
        ctx.report(u.note(), e.line(), e.column(), e.line(), e.column() + e.key().length(),
                "property \"" + e.key() + "\" is " + article(kind) + " here" + hint + ", but " + PropertyTypes.TYPES_JSON
                        + " types it as " + wanted + ", so Obsidian shows this value as invalid; write it as " + wanted
                        + ", or change the property's type in Obsidian");
    }

    /**
     * A value shaped as a date in a Date or Date &amp; time property that names no real day or time
     * (2025-02-30, 2025-13-45, 2025-04-08T25:00): Obsidian shows it as invalid. Left to
     * {@code frontmatter-schema} when the note's schema already says the same value is not a valid date.
     */
    private static void reportImpossibleDate(RuleContext ctx, Use u, String declaredType) {
        YamlNode v = u.entry().value();
        String kind = kind(v); // its own form: a date & time is filed under "date" when both forms occur
        if (!(v.value() instanceof String text)) {
            return;
        }
        String s = text.strip();
        String why = ObsidianDates.whyNot(s);
        if (why == null || schemaSaysSo(ctx, u.note(), v)) {
            return;
        }
        String form = "date".equals(kind) ? "YYYY-MM-DD" : "YYYY-MM-DDTHH:MM";
        ctx.report(u.note(), v.line(), v.column(), Math.max(v.line(), v.endLine()), v.endColumn(),
                "property \"" + u.entry().key() + "\" is " + OneLine.cut(s, 40) + ", which is not a real "
                        + ("date".equals(kind) ? "date" : "date & time") + " (" + why + "), so Obsidian shows this value as invalid ("
                        + PropertyTypes.TYPES_JSON + " types it as " + article(declaredType) + "); write one that exists, as "
                        + form);
    }

    /** Whether the note's schema reports {@code v} as not a valid date (format: date or date-time), as frontmatter-schema will. */
    private static boolean schemaSaysSo(RuleContext ctx, Note note, YamlNode v) {
        if (!ctx.enabled(FrontmatterSchemaRule.ID, note) || note.frontmatter().root() == null) {
            return false;
        }
        TypeSchema schema = ctx.types().schema(ctx.types().typeOf(note));
        if (schema == null) {
            return false;
        }
        int end = Math.max(v.line(), v.endLine());
        for (SchemaViolation s : schema.validate(note.frontmatter())) {
            if (s.line() >= v.line() && s.line() <= end && s.message().contains(" is not a valid date")) {
                return true;
            }
        }
        return false;
    }

    /** {@code majority} is null on a tie. */
    /** {@code yesNo}: the majority is a checkbox because the text values are yes/no words, not because most notes agree. */
    private static void report(RuleContext ctx, Use u, String kind, List<Use> sameKind, String majority,
                               Map<String, List<Use>> kinds, boolean yesNo) {
        List<String> others = new ArrayList<>();
        for (Map.Entry<String, List<Use>> k : kinds.entrySet()) {
            if (!k.getKey().equals(kind)) {
                others.add(article(k.getKey()) + " in " + names(k.getValue(), null));
            }
        }
        String alsoHere = sameKind.size() > 1 ? " (as in " + names(sameKind, u.note()) + ")" : "";
        YamlNode.Entry e = u.entry();
        String word = "checkbox".equals(majority) ? booleanWord(e.value()) : null;
        String hint = word == null ? "" : " (\"" + e.value().text().strip() + "\" is text: write " + word + ")";
        ctx.report(u.note(), e.line(), e.column(), e.line(), e.column() + e.key().length(),
                "property \"" + e.key() + "\" is " + article(kind) + " here" + hint + alsoHere + " but "
                        + String.join(" and ", others) + "; Obsidian gives a property one type across the vault, "
                        + (LIST_KEYS.contains(e.key().toLowerCase(Locale.ROOT)) ? "and always treats \"" + e.key()
                                + "\" as a list, so write it as a list (" + e.key() + ": [a, b])"
                                : yesNo ? "so write it as " + article(majority)
                                : majority != null ? "so write it as " + article(majority) + " like most notes do" + dateForm(e, kind, majority)
                                : "so pick one type and use it in all of these notes"));
    }

    /** "; write the month and day with two digits: 2024-03-01" for text written as a date another way, where most notes have a date; else "". */
    private static String dateForm(YamlNode.Entry e, String kind, String majority) {
        boolean date = "date".equals(majority);
        if (!"text".equals(kind) || !(date || "datetime".equals(majority)) || !(e.value().value() instanceof String s)) {
            return "";
        }
        return ObsidianDates.fixHint(s.strip(), !date);
    }

    private static String names(List<Use> uses, Note except) {
        List<String> out = new ArrayList<>();
        int total = 0;
        for (Use u : uses) {
            if (u.note() == except) {
                continue;
            }
            total++;
            if (out.size() < NAMES_SHOWN) {
                out.add(u.note().path());
            }
        }
        String s = String.join(", ", out);
        return total > out.size() ? s + " and " + (total - out.size()) + " more" : s;
    }

    private static String article(String kind) {
        switch (kind) {
            case "list": return "a list";
            case "number": return "a number";
            case "checkbox": return "a checkbox (true/false)";
            case "date": return "a date";
            case "datetime": return "a date & time";
            case "object": return "nested properties";
            default: return "text";
        }
    }

    /**
     * "true" or "false" for an unquoted yes/no, on/off or y/n (in any case), which YAML 1.1 read as
     * true/false and Obsidian reads as text; else null.
     */
    private static String booleanWord(YamlNode v) {
        if (!v.isScalar() || v.quoted() || !(v.value() instanceof String s)) {
            return null;
        }
        switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "yes": case "on": case "y": return "true";
            case "no": case "off": case "n": return "false";
            default: return null;
        }
    }

    /** Obsidian's property type of a value, or null for an empty one. */
    static String kind(YamlNode v) {
        switch (v.kind()) {
            case SEQUENCE: return "list";
            case MAPPING: return "object";
            default:
                Object o = v.value();
                if (o == null) {
                    return null;
                }
                if (o instanceof Boolean) {
                    return "checkbox";
                }
                if (o instanceof Number) {
                    return "number";
                }
                String s = o.toString().strip();
                if (s.isEmpty()) {
                    return null;
                }
                if (DATE.matcher(s).matches()) {
                    return "date";
                }
                if (DATETIME.matcher(s).matches()) {
                    return "datetime";
                }
                return "text";
        }
    }
}
