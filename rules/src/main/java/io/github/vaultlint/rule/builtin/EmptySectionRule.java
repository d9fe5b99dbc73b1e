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

import java.util.ArrayList;
import java.util.List;

@RuleInfo(id = EmptySectionRule.ID, severity = Severity.WARNING, category = "sections", local = true,
        summary = "A story or debrief part is there but has no content.",
        description = "A part of a STAR story or debrief topic (a heading, bold label, short label, callout, table row, or "
                + "`<details>` block whose `<summary>` names the part) with "
                + "nothing under it (for a table row, an empty second cell; in a table of stories or debrief topics, one per row, an "
                + "empty cell of a part column; for a details block, nothing between `</summary>` and `</details>`): only "
                + "whitespace, a lone `-`, or only a child heading (placeholders such as `?`, `...`, "
                + "`TODO` or `TBD` on their own count as nothing too). It usually marks a part "
                + "that was started and never written. Write the content, or remove the empty label until you do.")
public final class EmptySectionRule implements Rule {
    public static final String ID = "empty-section";

    @Override
    public void checkNote(Note note, RuleContext ctx) {
        for (Unit u : Sections.forRule(ID, note, ctx).units()) {
            List<PartHit> hits = u.hits();
            for (int i = 0; i < hits.size(); i++) {
                PartHit h = hits.get(i);
                if (!h.empty()) {
                    continue;
                }
                // One label naming two parts ("### Situation & Task", "S/T:") is one finding, not one per part.
                List<PartHit> same = new ArrayList<>(List.of(h));
                while (i + 1 < hits.size() && sameLabel(h, hits.get(i + 1))) {
                    same.add(hits.get(++i));
                }
                ctx.report(note, h.line(), h.column(), h.line(), h.endColumn(), message(u, same));
            }
        }
    }

    private static boolean sameLabel(PartHit a, PartHit b) {
        return a.line() == b.line() && a.column() == b.column() && a.form() == b.form();
    }

    static String message(Unit u, List<PartHit> same) {
        PartHit h = same.get(0);
        StringBuilder parts = new StringBuilder();
        boolean measurable = false;
        for (int i = 0; i < same.size(); i++) {
            parts.append(i == 0 ? "" : i == same.size() - 1 ? " and " : ", ").append(same.get(i).part().name());
            measurable |= same.get(i).part().measurable();
        }
        if (u.row() != null) {
            // A cell of a table whose columns are the parts: the cell is the part.
            // A short row ("| Short row | Only this |") lacks its last cells: they share one position, one finding.
            StringBuilder cells = new StringBuilder();
            for (int i = 0; i < same.size(); i++) {
                cells.append(i == 0 ? "" : i == same.size() - 1 ? " and " : ", ").append('"').append(same.get(i).label()).append('"');
            }
            boolean one = same.size() == 1;
            return parts + " of " + u.reference() + (one ? " is" : " are") + " empty (its " + cells + (one ? " cell has" : " cells have")
                    + " no content); write " + (measurable && one ? "the outcome, with a number if you can," : one ? "it" : "them")
                    + " in " + (one ? "that cell" : "those cells") + " of the row";
        }
        String what = h.form() == Labels.Form.HEADING ? "heading" : h.form() == Labels.Form.CALLOUT ? "callout"
                : h.form() == Labels.Form.TABLE ? "table row" : h.form() == Labels.Form.DETAILS ? "details block" : "label";
        // A table row's content is its second cell, a details block's its body, not what comes under it.
        String where = h.form() == Labels.Form.TABLE ? " in the row's second cell"
                : h.form() == Labels.Form.DETAILS ? " between its </summary> and </details>" : " under the " + what;
        return parts + " of " + u.reference() + (same.size() == 1 ? " is" : " are") + " empty (" + what + " \"" + h.label()
                + "\" has no content); write " + (measurable ? "the outcome, with a number if you can," : same.size() == 1 ? "it" : "them")
                + where + ", or remove the " + (h.form() == Labels.Form.TABLE ? "row" : what) + " until you do";
    }
}
