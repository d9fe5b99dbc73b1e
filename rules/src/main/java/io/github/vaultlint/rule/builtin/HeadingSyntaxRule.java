package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.rule.Rule;
import io.github.vaultlint.rule.RuleContext;
import io.github.vaultlint.rule.RuleInfo;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.vault.Block;
import io.github.vaultlint.vault.Heading;
import io.github.vaultlint.vault.Note;

@RuleInfo(id = "heading-syntax", severity = Severity.WARNING, category = "content",
        summary = "Stray heading markers, such as `## ## Resource Utilization` or `##Heading`.",
        description = "Extra `#` markers end up in the heading text (`## ## Title` renders as \"## Title\" and breaks "
                + "`[[Note#Title]]` links), and `##Title` without a space is not a heading at all. Keep exactly one "
                + "run of `#` followed by a space.")
public final class HeadingSyntaxRule implements Rule {
    @Override
    public void checkNote(Note note, RuleContext ctx) {
        for (Heading h : note.headings()) {
            String t = h.text();
            int i = 0;
            while (i < t.length() && t.charAt(i) == '#') {
                i++;
            }
            if (i > 0 && (i == t.length() || t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
                String rest = t.substring(i).strip();
                ctx.report(note, h.line(), h.column(), h.line(), h.endColumn(),
                        "heading has stray markers \"" + t.substring(0, i) + "\" in its text; write it as \""
                                + "#".repeat(h.level()) + " " + rest + "\"");
            }
        }
        for (Block b : note.blocks()) {
            if (b.kind() != Block.Kind.PARAGRAPH || b.quoteDepth() > 0 || b.depth() > 0) {
                continue;
            }
            String first = b.text();
            int nl = first.indexOf('\n');
            if (nl >= 0) {
                first = first.substring(0, nl);
            }
            int i = 0;
            while (i < first.length() && first.charAt(i) == '#') {
                i++;
            }
            if (i >= 2 && i <= 6 && i < first.length() && Character.isLetterOrDigit(first.charAt(i))) {
                ctx.report(note, b.line(), 1, b.line(), first.length() + 1,
                        "\"" + first.substring(0, i) + "\" is not followed by a space, so this line is not a heading;"
                                + " write \"" + first.substring(0, i) + " " + first.substring(i) + "\"");
            }
        }
    }
}
