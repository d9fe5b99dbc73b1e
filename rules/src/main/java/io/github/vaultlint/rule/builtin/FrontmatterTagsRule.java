package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.rule.Rule;
import io.github.vaultlint.rule.RuleContext;
import io.github.vaultlint.rule.RuleInfo;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.util.OneLine;
import io.github.vaultlint.vault.Frontmatter;
import io.github.vaultlint.vault.Note;
import io.github.vaultlint.vault.Problem;
import io.github.vaultlint.vault.YamlNode;

import java.util.ArrayList;
import java.util.List;

@RuleInfo(id = "frontmatter-tags", severity = Severity.WARNING, category = "frontmatter", local = true,
        summary = "Frontmatter tags Obsidian will not read as tags.",
        description = "In the `tags` property (`Tags`, `tag`, in any case, as Obsidian reads it) Obsidian expects a list of bare tag names. Reported: a tag written with "
                + "a leading `#` (`- \"#real-interview\"`, and unquoted `tags: #interview`, which YAML reads as a "
                + "comment, leaving the note without tags), a tag with spaces, a tag made only of digits, a tag with "
                + "punctuation Obsidian does not allow in tags (`q&a`, `node.js`: only letters, digits, emoji, `_`, `-` and `/`), several "
                + "tags in one value (`\"#a #b\"`, `\"a, b\"`), and `tags` given as one comma-separated text instead "
                + "of a list (or one text of words, `tags: job search`, which Obsidian reads as two tags). The message shows the corrected form. `frontmatter-schema` does not report the same "
                + "value again.")
public final class FrontmatterTagsRule implements Rule {
    public static final String ID = "frontmatter-tags";
    /** Longest tag text quoted in a message: a pasted paragraph in tags must not become a paragraph-long message. */
    private static final int SHOWN = 80;

    /** One finding before it is reported. */
    private record Found(int line, int column, int endLine, int endColumn, String message) {
    }

    @Override
    public void checkNote(Note note, RuleContext ctx) {
        ProblemReporter.reportNote(ID, note, ctx); // '#' tags YAML read as comments, found by the parser
        for (Found f : find(note)) {
            ctx.report(note, f.line, f.column, f.endLine, f.endColumn, f.message);
        }
    }

    /** A source range this rule reports on, 1-based and end-exclusive, as findings are. */
    public record Span(int line, int column, int endLine, int endColumn) {
        /**
         * Whether the range {@code line:column}-{@code endLine:endColumn} shares a character with this one; a
         * zero-width range (an empty list item) counts as its first character.
         */
        public boolean overlaps(int line, int column, int endLine, int endColumn) {
            long start = at(line, column);
            long end = Math.max(at(endLine, endColumn), start + 1);
            long myStart = at(this.line, this.column);
            long myEnd = Math.max(at(this.endLine, this.endColumn), myStart + 1);
            return start < myEnd && myStart < end;
        }

        private static long at(int line, int column) {
            return ((long) line << 32) + column;
        }
    }

    /**
     * Where this rule reports on the frontmatter: {@code frontmatter-schema} leaves those values to it, so
     * a comma-separated {@code tags} or a {@code - "#tag"} item is reported once, with the tag fix, while
     * a schema finding on another tag of the same line ({@code tags: [Kafka, "#x"]}) is still reported.
     * A tag YAML read as a comment ({@code - #tag}) leaves an empty value on its line: the whole line.
     */
    public static List<Span> reportedSpans(Note note) {
        List<Span> spans = new ArrayList<>();
        for (Problem p : note.problems()) {
            if (p.ruleId().equals(ID)) {
                spans.add(new Span(p.line(), 1, p.line() + 1, 1));
            }
        }
        for (Found f : find(note)) {
            spans.add(new Span(f.line, f.column, f.endLine, f.endColumn));
        }
        return spans;
    }

    private static List<Found> find(Note note) {
        List<Found> out = new ArrayList<>();
        if (note.frontmatter() == null || note.frontmatter().root() == null) {
            return out;
        }
        for (YamlNode.Entry e : note.frontmatter().entries()) {
            if (Frontmatter.isTagsKey(e.key())) {
                check(e, out);
            }
        }
        return out;
    }

    private static void check(YamlNode.Entry e, List<Found> out) {
        YamlNode v = e.value();
        if (v.kind() == YamlNode.Kind.SEQUENCE) {
            for (YamlNode item : v.items()) {
                if (item.isScalar() && item.value() != null) {
                    checkTag(String.valueOf(item.value()), item, "- ", out);
                }
            }
        } else if (v.isScalar() && v.value() != null) {
            String text = String.valueOf(v.value());
            String[] words = text.strip().split("\\s+");
            if (text.contains(",")) {
                out.add(new Found(v.line(), v.column(), v.endLine(), v.endColumn(), "\"" + e.key()
                        + "\" is one comma-separated text (\"" + OneLine.cut(text, SHOWN) + "\"), not a list; write it as a list: "
                        + e.key() + ": [" + OneLine.cut(String.join(", ", names(text)), SHOWN) + "]"));
            } else if (words.length > 1 && !text.strip().startsWith("#") && !laterWordStartsWithHash(text.strip())) {
                // Obsidian splits one text of tags at spaces as at commas (so does the type match): "job search" is two
                // tags, job and search. Which was meant, two tags or one, only the user knows.
                List<String> names = new ArrayList<>();
                for (String w : words) {
                    add(names, w);
                }
                out.add(new Found(v.line(), v.column(), v.endLine(), v.endColumn(), "\"" + e.key() + "\" is one text (\""
                        + OneLine.cut(text.strip(), SHOWN) + "\") that Obsidian reads as " + words.length + " tags, split at the spaces; "
                        + "write them as a list: " + e.key() + ": [" + OneLine.cut(String.join(", ", names), SHOWN) + "], or as one tag: "
                        + e.key() + ": " + OneLine.cut(withoutPunctuation(fixed(text)), SHOWN)));
            } else {
                checkTag(text, v, e.key() + ": ", out);
            }
        }
    }

    /** {@code prefix}: how the fixed value is written in its place ("- " for a list item, "tags: " for the value). */
    private static void checkTag(String tag, YamlNode at, String prefix, List<Found> out) {
        List<String> why = new ArrayList<>();
        String bare = tag.strip();
        if (bare.startsWith("#")) {
            why.add("starts with '#', which Obsidian does not accept in frontmatter");
        }
        List<String> names = names(bare);
        boolean several = names.size() > 1 && (bare.indexOf(',') >= 0 || laterWordStartsWithHash(bare));
        if (several) {
            why.add("holds " + names.size() + " tags in one value");
        } else if (bare.replaceFirst("^#+", "").chars().anyMatch(Character::isWhitespace)) {
            why.add("contains spaces, which end a tag");
        }
        String stripped = bare.replaceFirst("^#+", "");
        if (!stripped.isEmpty() && stripped.chars().allMatch(Character::isDigit)) {
            why.add("is only digits, and a tag needs at least one non-digit character");
        }
        // A number's own '.' or "Infinity" is no punctuation the user wrote: its source text is judged (1.5, not 1e3).
        String punctuation = several ? "" : punctuation(at.value() instanceof String || at.text() == null ? stripped : at.text());
        if (!punctuation.isEmpty()) {
            why.add("contains " + punctuation + ", which Obsidian does not allow in a tag (letters, digits, emoji, '_', '-' "
                    + "and '/' only)");
        }
        if (why.isEmpty()) {
            return;
        }
        String fix;
        if (names.isEmpty()) {
            fix = "remove it, or give the tag a name";
        } else if (several) {
            fix = prefix.startsWith("-") ? "write each as its own list item: " + OneLine.cut(String.join(", ", items(names)), SHOWN)
                    : "write them as a list: " + prefix + "[" + OneLine.cut(String.join(", ", names), SHOWN) + "]";
        } else if (!punctuation(withoutPunctuation(fixed(tag))).isEmpty()) {
            // "c++" or "(draft)": no '-' can stand for what the punctuation says, so the user picks the name.
            fix = "rename it without " + (punctuation.contains(" and ") ? "them" : "it");
        } else {
            fix = "write it as " + OneLine.cut(withoutPunctuation(fixed(tag)), SHOWN);
        }
        out.add(new Found(at.line(), at.column(), at.endLine(), at.endColumn(),
                "tag \"" + OneLine.cut(tag, SHOWN) + "\" " + String.join(", ", why) + "; " + fix));
    }

    /**
     * ASCII punctuation Obsidian ends a tag at: all but '_', '-' and '/' ('#' only after the first
     * character, ',' and spaces are reported as several tags). Letters of every script and emoji are
     * tag characters, so only ASCII is judged here.
     */
    private static final String NOT_IN_TAGS = "!\"#$%&'()*+.:;<=>?@[\\]^`{|}~";

    /** The punctuation of {@code tag} (without its leading '#') Obsidian does not allow, each once: "'.'" or "'&' and '.'"; "" for none. */
    private static String punctuation(String tag) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            String shown = "'" + c + "'";
            if (NOT_IN_TAGS.indexOf(c) >= 0 && !found.contains(shown)) {
                found.add(shown);
            }
        }
        if (found.size() <= 1) {
            return String.join("", found);
        }
        return String.join(", ", found.subList(0, found.size() - 1)) + " and " + found.get(found.size() - 1);
    }

    /**
     * {@code tag} with each run of punctuation between two tag characters as one '-' ("q&a" is q-a,
     * "node.js" node-js); punctuation at either end, which no '-' can stand for, is kept.
     */
    private static String withoutPunctuation(String tag) {
        int from = 0;
        int to = tag.length();
        while (from < to && NOT_IN_TAGS.indexOf(tag.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && NOT_IN_TAGS.indexOf(tag.charAt(to - 1)) >= 0) {
            to--;
        }
        StringBuilder sb = new StringBuilder(tag.substring(0, from));
        boolean run = false;
        for (int i = from; i < to; i++) {
            char c = tag.charAt(i);
            if (NOT_IN_TAGS.indexOf(c) >= 0) {
                run = true;
            } else {
                if (run) {
                    sb.append('-');
                    run = false;
                }
                sb.append(c);
            }
        }
        return sb.append(tag.substring(to)).toString();
    }

    private static List<String> items(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            out.add("- " + n);
        }
        return out;
    }

    /** "#a #b" or "#a b": a word after the first starting with '#', i.e. several tags written as in the body. */
    private static boolean laterWordStartsWithHash(String s) {
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) == '#' && Character.isWhitespace(s.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** The tag names in a text that holds one or more: split at commas and, when words start with '#', at spaces. */
    private static List<String> names(String text) {
        List<String> out = new ArrayList<>();
        boolean hashWords = laterWordStartsWithHash(text.strip());
        for (String part : text.split(",")) {
            if (hashWords) {
                for (String w : part.strip().split("\\s+")) {
                    add(out, w);
                }
            } else {
                add(out, part);
            }
        }
        return out;
    }

    private static void add(List<String> out, String raw) {
        String f = withoutPunctuation(fixed(raw));
        if (!f.isEmpty()) {
            out.add(f);
        }
    }

    /** The tag as Obsidian would accept it: no '#', spaces as '-', digits-only prefixed. */
    static String fixed(String tag) {
        String t = tag.strip().replaceFirst("^#+", "").strip().replaceAll("\\s+", "-");
        if (!t.isEmpty() && t.chars().allMatch(Character::isDigit)) {
            t = "y" + t;
        }
        return t;
    }
}
