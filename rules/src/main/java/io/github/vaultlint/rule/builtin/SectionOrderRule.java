package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.rule.Rule;
import io.github.vaultlint.rule.RuleContext;
import io.github.vaultlint.rule.RuleInfo;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.section.Sections;
import io.github.vaultlint.section.Unit;
import io.github.vaultlint.vault.Note;

@RuleInfo(id = SectionOrderRule.ID, severity = Severity.INFO, category = "sections", local = true,
        summary = "The parts of a story or debrief topic are out of the template's order, such as Result before Action.",
        description = "A STAR story reads Situation, Task, Action, Result; a debrief topic reads asked, responded, "
                + "correct, weak, improve. A part written out of that order is harder to rehearse from. The finding "
                + "sits on the misplaced part and says where to move it.")
public final class SectionOrderRule implements Rule {
    public static final String ID = "section-order";

    @Override
    public void checkNote(Note note, RuleContext ctx) {
        for (Unit u : Sections.forRule(ID, note, ctx).units()) {
            for (Unit.Misplaced m : u.misplaced()) {
                String part = m.hit().part().name();
                String comes = part + (m.conflictEarlier() ? " comes after " : " comes before ") + m.conflict().name();
                String where;
                if (m.after() != null && m.before() != null) {
                    where = "between " + m.after().name() + " and " + m.before().name();
                } else if (m.after() != null) {
                    where = "after " + m.after().name();
                } else {
                    where = "before " + m.before().name();
                }
                ctx.report(note, m.hit().line(), m.hit().column(), m.hit().line(), m.hit().endColumn(),
                        comes + " in " + u.reference() + "; move it " + where + " (the " + u.template().name() + " order is "
                                + u.template().order() + ")");
            }
        }
    }
}
