package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.rule.Rule;
import io.github.vaultlint.rule.RuleContext;
import io.github.vaultlint.rule.RuleInfo;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.section.Part;
import io.github.vaultlint.section.Sections;
import io.github.vaultlint.section.Unit;
import io.github.vaultlint.vault.Note;

import java.util.ArrayList;
import java.util.List;

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
            List<Unit.Misplaced> misplaced = u.misplaced();
            for (int i = 0; i < misplaced.size(); i++) {
                Unit.Misplaced m = misplaced.get(i);
                // One label naming two parts ("### Action & Result") out of place is one finding, not one per part.
                List<Unit.Misplaced> same = new ArrayList<>(List.of(m));
                while (i + 1 < misplaced.size() && misplaced.get(i + 1).hit().line() == m.hit().line()
                        && misplaced.get(i + 1).hit().column() == m.hit().column()) {
                    same.add(misplaced.get(++i));
                }
                ctx.report(note, m.hit().line(), m.hit().column(), m.hit().line(), m.hit().endColumn(), message(u, same));
            }
        }
    }

    static String message(Unit u, List<Unit.Misplaced> same) {
        Unit.Misplaced m = same.get(0);
        Unit.Misplaced last = same.get(same.size() - 1);
        StringBuilder parts = new StringBuilder();
        for (int i = 0; i < same.size(); i++) {
            parts.append(i == 0 ? "" : i == same.size() - 1 ? " and " : ", ").append(same.get(i).hit().part().name());
        }
        boolean one = same.size() == 1;
        String comes = parts + (one ? " comes" : " come") + (m.conflictEarlier() ? " after " : " before ") + m.conflict().name();
        Part after = m.after();
        Part before = last.before();
        String where;
        if (after != null && before != null) {
            where = "between " + after.name() + " and " + before.name();
        } else if (after != null) {
            where = "after " + after.name();
        } else {
            where = "before " + before.name();
        }
        return comes + " in " + u.reference() + "; move " + (one ? "it " : "them ") + where + " (the "
                + u.template().name() + " order is " + u.template().order() + ")";
    }
}
