package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.rule.Rule;
import io.github.vaultlint.rule.RuleContext;
import io.github.vaultlint.rule.RuleInfo;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.section.Labels;
import io.github.vaultlint.section.Part;
import io.github.vaultlint.section.PartHit;
import io.github.vaultlint.section.Sections;
import io.github.vaultlint.section.Unit;
import io.github.vaultlint.util.OneLine;
import io.github.vaultlint.vault.Note;

import java.util.List;

@RuleInfo(id = RequiredSectionRule.ID, severity = Severity.ERROR, category = "sections", local = true,
        summary = "A STAR story or debrief topic lacks a required part, such as a Result or \"What was weak\".",
        description = "Each unit of a note (a STAR story, a debrief topic or sub-scenario) must have every required "
                + "part of its section template. A part counts as a heading below the unit (`#### Result`), a bold "
                + "label at the start of a paragraph or line (`**Result**: ...`, `**What was weak:**`, also inside "
                + "`>` quotes), a short label (`R: ...`), a callout title (`> [!info] Suggested Improved Answer`) or the "
                + "first cell of a two-column table row (`| Result | ... |`, in a table with two or more part rows). "
                + "Labels match case-insensitively and ignore a trailing `:` and surrounding emphasis. One finding "
                + "per unit, on its heading, naming the missing parts. Templates are configured under `templates:`.")
public final class RequiredSectionRule implements Rule {
    public static final String ID = "required-section";

    @Override
    public void checkNote(Note note, RuleContext ctx) {
        for (Unit u : Sections.forRule(ID, note, ctx).units()) {
            if (u.complete()) {
                continue;
            }
            ctx.report(note, u.line(), u.column(), u.line(), u.endColumn(), message(u));
        }
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
