package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.rule.Rule;
import io.github.vaultlint.rule.RuleContext;
import io.github.vaultlint.rule.RuleInfo;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.section.Labels;
import io.github.vaultlint.section.PartHit;
import io.github.vaultlint.section.Sections;
import io.github.vaultlint.section.Unit;
import io.github.vaultlint.vault.Note;

@RuleInfo(id = EmptySectionRule.ID, severity = Severity.WARNING, category = "sections", local = true,
        summary = "A story or debrief part is there but has no content.",
        description = "A part of a STAR story or debrief topic (a heading, bold label, short label or callout) with "
                + "nothing under it: only whitespace, a lone `-`, or only a child heading (placeholders such as `?`, `...`, "
                + "`TODO` or `TBD` on their own count as nothing too). It usually marks a part "
                + "that was started and never written. Write the content, or remove the empty label until you do.")
public final class EmptySectionRule implements Rule {
    public static final String ID = "empty-section";

    @Override
    public void checkNote(Note note, RuleContext ctx) {
        for (Unit u : Sections.forRule(ID, note, ctx).units()) {
            for (PartHit h : u.hits()) {
                if (h.empty()) {
                    ctx.report(note, h.line(), h.column(), h.line(), h.endColumn(), message(u, h));
                }
            }
        }
    }

    private static String message(Unit u, PartHit h) {
        String what = h.form() == Labels.Form.HEADING ? "heading" : h.form() == Labels.Form.CALLOUT ? "callout" : "label";
        return h.part().name() + " of " + u.reference() + " is empty (" + what + " \"" + h.label() + "\" has no content); write "
                + (h.part().measurable() ? "the outcome, with a number if you can," : "it") + " under the " + what
                + ", or remove the " + what + " until you do";
    }
}
