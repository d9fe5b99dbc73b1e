package io.github.vaultlint.type;

import io.github.vaultlint.section.DetailsBlocks;
import io.github.vaultlint.section.Labels;
import io.github.vaultlint.section.PartLabels;
import io.github.vaultlint.vault.Block;
import io.github.vaultlint.vault.Heading;
import io.github.vaultlint.vault.Note;
import io.github.vaultlint.vault.NoteBody;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The labels that give a note its shape, for {@code match.labels} and {@code match.parts}: heading
 * texts, bold or single-emphasis labels at the start of a paragraph or list item
 * ({@code **What was asked:**}, {@code > *Situation*: ...}: single emphasis only with its colon), short labels ({@code S: ...}, kept as
 * their letter), callout titles ({@code > [!info] Suggested Improved Answer}) and the summaries of collapsible
 * blocks ({@code <details><summary>What was weak</summary>}). A deliberately small detector:
 * the section rules do the full template matching. After them come the labels the section rules
 * accept only under conditions (plain {@code Situation:} and bare lines, two-column table rows),
 * marked (see {@link PartLabels}): {@code match.labels} skips them, {@code match.parts} applies the
 * section rules' conditions.
 */
public final class NoteLabels {

    private NoteLabels() {
    }

    /** Normalised labels of {@code note}, in document order. */
    public static List<String> of(Note note) {
        List<String> known = NoteBody.labels(note.blocks()); // a cached note keeps them: no need to read its blocks
        if (known != null) {
            return known;
        }
        List<String> out = new ArrayList<>();
        for (Heading h : note.headings()) {
            add(out, h.text());
        }
        for (Block b : note.blocks()) {
            if (b.kind() != Block.Kind.PARAGRAPH && b.kind() != Block.Kind.LIST_ITEM) {
                continue;
            }
            String text = b.text();
            int from = 0;
            while (from <= text.length()) {
                int nl = text.indexOf('\n', from);
                int to = nl < 0 ? text.length() : nl;
                // Only a line opening with '>', '*', '_', '[' or a short label ("S:") can hold a label: skip the rest uncopied.
                if (mayOpenLabel(text, from, to)) {
                    String label = label(text.substring(from, to).strip());
                    if (label != null) {
                        add(out, label);
                    }
                }
                from = to + 1;
            }
        }
        // The summaries of collapsible blocks (<details><summary>What was weak</summary>), labels as a callout's title is.
        for (String summary : DetailsBlocks.summaries(note.blocks())) {
            add(out, summary);
        }
        // Plain labels and table rows, marked: only match.parts reads them, under the section rules' conditions.
        PartLabels.addTo(note, out);
        return out;
    }

    private static boolean mayOpenLabel(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == to) {
            return false;
        }
        char c = text.charAt(i);
        if (c >= 0x80) {
            // A leading emoji before a label ("🟦 **Situation**: ..."), skipped as the section rules skip it.
            i = Labels.skipLeadingSymbols(text, i, to);
            if (i == to) {
                return false;
            }
            c = text.charAt(i);
        }
        return c == '>' || c == '*' || c == '_' || c == '['
                || (c >= 'A' && c <= 'Z' && i + 1 < to && (text.charAt(i + 1) == ':' || text.charAt(i + 1) == '/'
                        || text.charAt(i + 1) == '&'));
    }

    /**
     * The bold label ({@code **Name**} or {@code __Name__}) or callout title opening a line, after
     * any quote markers, or null. Char loops instead of regexes: this runs for every line of every note.
     */
    static String label(String line) {
        int i = 0;
        int n = line.length();
        if (i < n && line.charAt(i) == '>') {
            while (i < n && line.charAt(i) == '>') {
                i++;
                while (i < n && isSpace(line.charAt(i))) {
                    i++;
                }
            }
        }
        if (i < n && line.charAt(i) >= 0x80) {
            i = Labels.skipLeadingSymbols(line, i, n);
        }
        if (line.startsWith("**", i) || line.startsWith("__", i)) {
            // The shortest non-empty text up to the next "**" or "__" on the line.
            for (int j = i + 3; j <= n - 2; j++) {
                char c = line.charAt(j - 1);
                if (isTerminator(c)) {
                    break;
                }
                if (line.startsWith("**", j) || line.startsWith("__", j)) {
                    return line.substring(i + 2, j);
                }
            }
        } else if (i + 2 < n && (line.charAt(i) == '*' || line.charAt(i) == '_') && !isSpace(line.charAt(i + 1))) {
            // Single emphasis, "*Situation*: ..." (the section rules count it like bold): up to the next lone
            // marker, with a colon inside or after it, as the section rules require ("*Overall, not great.*" is no label).
            char d = line.charAt(i);
            for (int j = i + 2; j < n; j++) {
                char c = line.charAt(j);
                if (isTerminator(c)) {
                    break;
                }
                if (c == d) {
                    if (j + 1 < n && line.charAt(j + 1) == d) {
                        return null;
                    }
                    return colonAt(line, j - 1) || colonAt(line, skipSpace(line, j + 1)) ? line.substring(i + 1, j) : null;
                }
            }
        }
        String shortLabel = shortLabel(line, i, n);
        if (shortLabel != null) {
            return shortLabel;
        }
        if (line.startsWith("[!", i) && i + 2 < n && isWord(line.charAt(i + 2))) {
            int j = i + 3;
            while (j < n && (isWord(line.charAt(j)) || line.charAt(j) == '-')) {
                j++;
            }
            if (j < n && line.charAt(j) == ']') {
                j++;
                if (j < n && (line.charAt(j) == '+' || line.charAt(j) == '-')) {
                    j++;
                }
                while (j < n && isSpace(line.charAt(j))) {
                    j++;
                }
                for (int k = j; k < n; k++) {
                    if (isTerminator(line.charAt(k))) {
                        return null;
                    }
                }
                return line.substring(j);
            }
        }
        return null;
    }

    private static boolean colonAt(String line, int i) {
        return i < line.length() && (line.charAt(i) == ':' || line.charAt(i) == '\uff1a');
    }

    private static int skipSpace(String line, int i) {
        while (i < line.length() && isSpace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * A short label ("S: ...", "S/T: ...", as the section rules read them) at {@code i}: its letters
     * ("S", "S/T"), or null.
     */
    private static String shortLabel(String line, int i, int n) {
        if (i >= n || line.charAt(i) < 'A' || line.charAt(i) > 'Z') {
            return null;
        }
        int j = i + 1;
        while (j + 1 < n && (line.charAt(j) == '/' || line.charAt(j) == '&') && line.charAt(j + 1) >= 'A'
                && line.charAt(j + 1) <= 'Z') {
            j += 2;
        }
        if (j < n && line.charAt(j) == ':' && (j + 1 == n || Character.isWhitespace(line.charAt(j + 1)))) {
            return line.substring(i, j);
        }
        return null;
    }

    private static void add(List<String> out, String label) {
        String n = normalise(label);
        if (!n.isEmpty()) {
            out.add(n);
        }
    }

    /**
     * Lower case, emphasis and a trailing ':' removed, whitespace collapsed. Runs for every heading
     * and label of every note: a label with no emphasis and no whitespace to collapse (most of them)
     * is not copied before {@code strip} and {@code toLowerCase}, which return it as is when they
     * have nothing to do.
     */
    static String normalise(String s) {
        String t = needsCollapse(s) ? collapse(s) : s;
        t = t.strip().toLowerCase(Locale.ROOT);
        while (t.endsWith(":")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    /** Whether {@link #collapse} would change {@code s}: it has emphasis, or whitespace other than single spaces. */
    static boolean needsCollapse(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '_' || c == '`') {
                return true;
            }
            if (isSpace(c) && (c != ' ' || (i > 0 && isSpace(s.charAt(i - 1))))) {
                return true;
            }
        }
        return false;
    }

    /** {@code s} without emphasis markers, each run of whitespace (across removed markers) one space. */
    private static String collapse(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '_' || c == '`') {
                continue;
            }
            if (isSpace(c)) {
                space = true;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
        }
        if (space) {
            sb.append(' ');
        }
        return sb.toString();
    }

    /** Regex {@code \s}: ASCII whitespace only. */
    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** Regex {@code \w}: ASCII letters, digits and '_'. */
    private static boolean isWord(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    /** Characters a regex '.' does not match. */
    private static boolean isTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
