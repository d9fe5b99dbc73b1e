package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.rule.Rule;
import io.github.vaultlint.rule.RuleContext;
import io.github.vaultlint.rule.RuleInfo;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.util.OneLine;
import io.github.vaultlint.vault.Block;
import io.github.vaultlint.vault.Heading;
import io.github.vaultlint.vault.Note;

@RuleInfo(id = "heading-syntax", severity = Severity.WARNING, category = "content", local = true,
        summary = "Stray heading markers, such as `## ## Resource Utilization` or `##Heading`.",
        description = "Extra `#` markers end up in the heading text (`## ## Title` renders as \"## Title\" and breaks "
                + "`[[Note#Title]]` links), and `##Title` without a space is not a heading at all. Keep exactly one "
                + "run of `#` followed by a space.")
public final class HeadingSyntaxRule implements Rule {
    /** Characters of a heading quoted in a message: a whole pasted paragraph made a megabyte-long one. */
    private static final int QUOTED = 80;

    /**
     * The message for a heading whose text opens with stray '#' markers, or null. Every run of them
     * counts ("## ## ## Title" has two), and a run glued to a word after two or more '#' ("## ##Title");
     * a single '#' glued to a word is a tag ("## #sre").
     */
    static String strayMarkers(String text, int level) {
        int n = text.length();
        int i = 0;
        int markersEnd = 0;
        while (i < n && text.charAt(i) == '#') {
            int j = i;
            while (j < n && text.charAt(j) == '#') {
                j++;
            }
            if (j == n || text.charAt(j) == ' ' || text.charAt(j) == '\t') {
                markersEnd = j;
                while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                    j++;
                }
                i = j;
            } else {
                if (j - i >= 2 && Character.isLetterOrDigit(text.charAt(j))) {
                    markersEnd = j;
                    i = j;
                }
                break;
            }
        }
        if (markersEnd == 0) {
            return null;
        }
        String markers = OneLine.cut(text.substring(0, markersEnd).strip(), QUOTED);
        String rest = OneLine.cut(text.substring(i).strip(), QUOTED);
        String hashes = "#".repeat(level);
        if (rest.isEmpty()) {
            return "heading has only stray markers \"" + markers + "\" and no text; write the heading text after \""
                    + hashes + " \", or remove the line";
        }
        return "heading has stray markers \"" + markers + "\" in its text; write it as \"" + hashes + " " + rest + "\"";
    }

    @Override
    public void checkNote(Note note, RuleContext ctx) {
        for (Heading h : note.headings()) {
            String m = strayMarkers(h.text(), h.level());
            if (m != null) {
                ctx.report(note, h.line(), h.column(), h.line(), h.endColumn(), m);
            }
        }
        for (Block b : note.blocks()) {
            if (b.kind() != Block.Kind.PARAGRAPH || b.quoteDepth() > 0 || b.depth() > 0) {
                continue;
            }
            // Every line: "##Heading" right under a line of text is just as surely a heading gone wrong.
            String[] textLines = b.text().split("\n", -1);
            for (int k = 0; k < textLines.length; k++) {
                String line = textLines[k];
                int i = 0;
                while (i < line.length() && line.charAt(i) == '#') {
                    i++;
                }
                if (i >= 2 && i <= 6 && i < line.length() && Character.isLetterOrDigit(line.charAt(i))) {
                    ctx.report(note, b.line() + k, 1, b.line() + k, line.length() + 1,
                            "\"" + line.substring(0, i) + "\" is not followed by a space, so this line is not a heading;"
                                    + " write \"" + line.substring(0, i) + " " + OneLine.cut(line.substring(i), QUOTED) + "\"");
                }
            }
        }
    }
}
