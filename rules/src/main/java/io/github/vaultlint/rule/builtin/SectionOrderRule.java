package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.rule.Rule;
import io.github.vaultlint.rule.RuleContext;
import io.github.vaultlint.rule.RuleInfo;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.section.Part;
import io.github.vaultlint.section.Sections;
import io.github.vaultlint.section.TableRow;
import io.github.vaultlint.section.Unit;
import io.github.vaultlint.util.OneLine;
import io.github.vaultlint.vault.Note;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@RuleInfo(id = SectionOrderRule.ID, severity = Severity.INFO, category = "sections", local = true,
        summary = "The parts of a story or debrief topic are out of the template's order, such as Result before Action.",
        description = "A STAR story reads Situation, Task, Action, Result; a debrief topic reads asked, responded, "
                + "correct, weak, improve. A part written out of that order is harder to rehearse from. The finding "
                + "sits on the misplaced part and says where to move it. In a table whose columns are the parts (a "
                + "story or topic per row), the columns are out of order for every row: one finding, on its header row.")
public final class SectionOrderRule implements Rule {
    public static final String ID = "section-order";

    @Override
    public void checkNote(Note note, RuleContext ctx) {
        Set<String> tablesDone = null; // tables whose column order is reported: "header line, template, parts"
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
                TableRow row = u.row();
                if (row == null) {
                    ctx.report(note, m.hit().line(), m.hit().column(), m.hit().line(), m.hit().endColumn(), message(u, same));
                    continue;
                }
                // A cell of a table whose columns are the parts: each row repeats the header's order, so
                // the columns are reported once, on the header row, not once per row.
                tablesDone = tablesDone == null ? new HashSet<>() : tablesDone;
                if (tablesDone.add(row.headerLine() + "\u0000" + u.template().name() + "\u0000" + names(same))) {
                    ctx.report(note, row.headerLine(), row.headerColumn(), row.headerLine(), row.headerEndColumn(),
                            columnsMessage(u, same));
                }
            }
        }
    }

    private static String names(List<Unit.Misplaced> same) {
        StringBuilder parts = new StringBuilder();
        for (int i = 0; i < same.size(); i++) {
            parts.append(i == 0 ? "" : i == same.size() - 1 ? " and " : ", ").append(same.get(i).hit().part().name());
        }
        return parts.toString();
    }

    /**
     * {@code The Result column comes before Situation in table "Quarter of incidents"; move it after
     * Action in the header and every row (...)}: a table's column order, once for all its rows.
     */
    static String columnsMessage(Unit u, List<Unit.Misplaced> same) {
        Unit.Misplaced m = same.get(0);
        boolean one = same.size() == 1;
        return "The " + names(same) + (one ? " column comes" : " columns come") + (m.conflictEarlier() ? " after " : " before ")
                + m.conflict().name() + " in table \"" + OneLine.cut(u.row().table(), 80) + "\"; move " + (one ? "it " : "them ")
                + where(m, same.get(same.size() - 1)) + " in the header and every row (the " + u.template().name()
                + " order is " + u.template().order() + ")";
    }

    private static String where(Unit.Misplaced m, Unit.Misplaced last) {
        Part after = m.after();
        Part before = last.before();
        if (after != null && before != null) {
            return "between " + after.name() + " and " + before.name();
        }
        return after != null ? "after " + after.name() : "before " + before.name();
    }

    static String message(Unit u, List<Unit.Misplaced> same) {
        Unit.Misplaced m = same.get(0);
        Unit.Misplaced last = same.get(same.size() - 1);
        boolean one = same.size() == 1;
        String comes = names(same) + (one ? " comes" : " come") + (m.conflictEarlier() ? " after " : " before ") + m.conflict().name();
        return comes + " in " + u.reference() + "; move " + (one ? "it " : "them ") + where(m, last) + " (the "
                + u.template().name() + " order is " + u.template().order() + ")";
    }
}
