package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.rule.Rule;
import io.github.vaultlint.rule.RuleContext;
import io.github.vaultlint.rule.RuleInfo;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.section.Labels;
import io.github.vaultlint.section.Part;
import io.github.vaultlint.section.PartHit;
import io.github.vaultlint.section.Sections;
import io.github.vaultlint.section.TableRow;
import io.github.vaultlint.section.Unit;
import io.github.vaultlint.util.OneLine;
import io.github.vaultlint.vault.Note;

import java.util.List;

@RuleInfo(id = RequiredSectionRule.ID, severity = Severity.ERROR, category = "sections", local = true,
        summary = "A STAR story or debrief topic lacks a required part, such as a Result or \"What was weak\".",
        description = "Each unit of a note (a STAR story, a debrief topic or sub-scenario) must have every required "
                + "part of its section template. A part counts as a heading below the unit (`#### Result`), a bold "
                + "label at the start of a paragraph or line (`**Result**: ...`, `**What was weak:**`, also inside "
                + "`>` quotes), a short label (`R: ...`), a callout title (`> [!info] Suggested Improved Answer`), the "
                + "first cell of a two-column table row (`| Result | ... |`, in a table with two or more part rows) or the "
                + "summary of a collapsible block (`<details><summary>Result</summary> ... </details>`). "
                + "A table whose header names the parts as columns (`| Story | Situation | Task | Action | Result |`) "
                + "holds one story per row, named by its first cell that is no part; a debrief written a row per "
                + "question (`| Question | How I responded | What was weak | How I should improve |`, or the shorter "
                + "`| Asked | Response | Weak | Improve |`) holds one topic per row, named by its question. Outside a "
                + "story bank such a header must name three parts, Situation and Task (a debrief's question) among "
                + "them. A part column missing from such a table is one finding on its header row; a part the "
                + "section holds beside a table of topics (`### How I should improve` below it) is every row's. "
                + "Labels match case-insensitively and ignore a trailing `:` and surrounding emphasis. One finding "
                + "per unit, on its heading, naming the missing parts. Templates are configured under `templates:`.")
public final class RequiredSectionRule implements Rule {
    public static final String ID = "required-section";

    @Override
    public void checkNote(Note note, RuleContext ctx) {
        List<Unit> units = Sections.forRule(ID, note, ctx).units();
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (u.complete()) {
                continue;
            }
            if (u.row() != null) {
                // Rows of one table whose columns are the parts miss the same columns: one finding, on its header.
                int j = i + 1;
                while (j < units.size() && sameTable(u, units.get(j))) {
                    j++;
                }
                TableRow r = u.row();
                ctx.report(note, r.headerLine(), r.headerColumn(), r.headerLine(), r.headerEndColumn(),
                        columnsMessage(units.subList(i, j)));
                i = j - 1;
                continue;
            }
            ctx.report(note, u.line(), u.column(), u.line(), u.endColumn(), message(u));
        }
    }

    /** Whether {@code v} is a row of the same table as {@code u}, missing the same parts (the table's missing columns). */
    private static boolean sameTable(Unit u, Unit v) {
        return v.row() != null && v.row().headerLine() == u.row().headerLine() && v.template() == u.template()
                && v.missing().equals(u.missing());
    }

    /**
     * {@code Table "Quarter of incidents" has no Result column, so its 2 stories ("Flaky deploys",
     * "Vendor postmortems") are missing Result; add ...}: the rows of one table, by their titles.
     */
    static String columnsMessage(List<Unit> rows) {
        Unit u = rows.get(0);
        List<Part> missing = u.missing();
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < missing.size(); i++) {
            names.append(i == 0 ? "" : i == missing.size() - 1 ? " and " : ", ").append(missing.get(i).name());
        }
        StringBuilder sb = new StringBuilder("Table \"").append(OneLine.cut(u.row().table(), 80)).append("\" has no ")
                .append(names).append(missing.size() == 1 ? " column" : " columns").append(", so ");
        String kind = u.kind().label().toLowerCase(java.util.Locale.ROOT); // a story, or a debrief topic (a row per question)
        if (rows.size() == 1) {
            sb.append("its ").append(kind).append(" \"").append(OneLine.cut(u.title(), 80)).append("\" is");
        } else {
            sb.append("its ").append(rows.size()).append(' ').append(u.kind() == Unit.Kind.STORY ? "stories" : "topics").append(" (");
            for (int i = 0; i < rows.size() && i < 3; i++) {
                sb.append(i == 0 ? "" : ", ").append('"').append(OneLine.cut(rows.get(i).title(), 40)).append('"');
            }
            sb.append(rows.size() > 3 ? ", ...) are" : ") are");
        }
        sb.append(" missing ").append(names).append("; add ").append(missing.size() == 1 ? "the column" : "the columns")
                .append(" to the header (|");
        for (Part p : missing) {
            sb.append(' ').append(p.name()).append(" |");
        }
        sb.append(") and fill ").append(missing.size() == 1 ? "it" : "them").append(" in on every row");
        return sb.toString();
    }

    static String message(Unit u) {
        List<Part> missing = u.missing();
        StringBuilder sb = new StringBuilder(u.describe()).append(" is missing ");
        for (int i = 0; i < missing.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(missing.get(i).name());
        }
        for (Unit.NearMiss m : u.nearMisses()) {
            sb.append("; \"").append(OneLine.cut(m.text(), 80)).append("\" on line ").append(m.line()).append(" looks like ")
                    .append(m.part().name()).append(", fix its spelling");
        }
        Part first = missing.get(0);
        if (inTable(u)) {
            // The unit's parts are rows of a table ("| Situation | ... |"): the missing one is a row too.
            sb.append("; add ").append(missing.size() == 1 ? "it" : "each").append(" as a row of the table (| ")
                    .append(first.name()).append(" | ... |)");
            return sb.toString();
        }
        if (allDetails(u)) {
            // The unit's parts are collapsible blocks: the missing one is written the same way.
            sb.append("; add ").append(missing.size() == 1 ? "it" : "each").append(" as a collapsible block (<details><summary>")
                    .append(first.name()).append("</summary> ... </details>) or a heading or bold label (**")
                    .append(first.name()).append("**: ...)");
            return sb.toString();
        }
        String hashes = "#".repeat(Math.min(6, Math.max(1, u.level()) + 1));
        sb.append("; add ").append(missing.size() == 1 ? "it" : "each").append(" under the ")
                .append(u.kind() == Unit.Kind.STORY ? "story" : "topic").append(" as a heading (")
                .append(hashes).append(' ').append(first.name()).append(") or a bold label (**")
                .append(first.name()).append("**: ...)");
        if (first.label() != null) {
            sb.append(" or a short label (").append(first.label()).append(": ...)");
        }
        if (u.kind() == Unit.Kind.TOPIC && u.hits().isEmpty() && u.level() == 2) {
            sb.append("; if \"").append(OneLine.cut(u.title(), 80)).append("\" is not a topic, add it to nonTopicSections of the \"")
                    .append(u.template().name()).append("\" template (templates: in .vaultlint.yml)");
        } else if (u.kind() == Unit.Kind.STORY && u.hits().isEmpty()) {
            // A story with no part at all is a sibling of stories in a story bank: maybe an intro or tips section.
            sb.append("; if \"").append(OneLine.cut(u.title(), 80)).append("\" is not a story, add it to nonTopicSections of the \"")
                    .append(u.template().name()).append("\" template (templates: in .vaultlint.yml)");
        }
        return sb.toString();
    }

    /** Whether every part the unit has is a details block: then a missing part is best written as one too. */
    private static boolean allDetails(Unit u) {
        for (PartHit h : u.hits()) {
            if (h.form() != Labels.Form.DETAILS) {
                return false;
            }
        }
        return !u.hits().isEmpty();
    }

    /** Whether every part the unit has is a table row: then a missing part belongs in that table. */
    private static boolean inTable(Unit u) {
        for (PartHit h : u.hits()) {
            if (h.form() != Labels.Form.TABLE) {
                return false;
            }
        }
        return !u.hits().isEmpty();
    }
}
