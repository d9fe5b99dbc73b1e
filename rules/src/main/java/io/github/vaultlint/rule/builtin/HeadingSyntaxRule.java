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

    @Override
    public void checkNote(Note note, RuleContext ctx) {
        for (Heading h : note.headings()) {
            String t = h.text();
            int i = 0;
            while (i < t.length() && t.charAt(i) == '#') {
                i++;
            }
            // "## ## Title", or "## ##Title": two or more markers before a word are no tag ("## #sre" is one).
            if (i > 0 && (i == t.length() || t.charAt(i) == ' ' || t.charAt(i) == '\t')
                    || i >= 2 && i < t.length() && Character.isLetterOrDigit(t.charAt(i))) {
                String rest = t.substring(i).strip();
                ctx.report(note, h.line(), h.column(), h.line(), h.endColumn(),
                        "heading has stray markers \"" + OneLine.cut(t.substring(0, i), QUOTED) + "\" in its text; write it as \""
                                + "#".repeat(h.level()) + " " + OneLine.cut(rest, QUOTED) + "\"");
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
