package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.rule.Rule;
import io.github.vaultlint.rule.RuleContext;
import io.github.vaultlint.rule.RuleInfo;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.section.Part;
import io.github.vaultlint.section.PartHit;
import io.github.vaultlint.section.Sections;
import io.github.vaultlint.section.Unit;
import io.github.vaultlint.vault.Note;

@RuleInfo(id = StarResultMeasurableRule.ID, severity = Severity.INFO, category = "sections", local = true,
        summary = "A STAR story's Result states no measurable outcome (no number, percentage, duration or amount).",
        description = "Interviewers remember results they can picture: \"cut p99 latency by 40%\", \"saved $20k a "
                + "month\", \"recovered within 30 minutes\". A Result without a number, percentage, duration or amount "
                + "sounds vague. Quantify it. Applies to template parts marked `measurable: true` (the built-in "
                + "star Result), in stories and in the topics of a `units: topics` template alike.")
public final class StarResultMeasurableRule implements Rule {
    public static final String ID = "star-result-measurable";

    @Override
    public void checkNote(Note note, RuleContext ctx) {
        // Every unit, not only stories: a topics template may mark a part measurable too; the
        // built-in debrief marks none, so its topics give nothing here.
        for (Unit u : Sections.forRule(ID, note, ctx).units()) {
            for (Part p : u.unmeasured()) {
                PartHit first = u.first(p.id());
                ctx.report(note, first.line(), first.column(), first.line(), first.endColumn(),
                        p.name() + " of " + u.reference() + " has no measurable outcome (no number, percentage, "
                                + "duration or amount); quantify it, e.g. \"reduced X by 50%\", \"saved 10 hours a "
                                + "week\" or \"cut costs by $20k a month\"");
            }
        }
    }
}
