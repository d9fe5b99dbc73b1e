package io.github.vaultlint.section;

import io.github.vaultlint.rule.RuleContext;
import io.github.vaultlint.vault.Note;

/**
 * Entry point for the section rules and the analyzer: the note's {@link SectionAnalysis}, computed
 * once per note and run. The one place that decides which {@link TemplateSelector} is in use.
 */
public final class Sections {
    private static final SectionAnalyzer INTERIM = new SectionAnalyzer(new InterimTemplateSelector());
    private static final String MEMO_KEY = "section-analysis";

    private Sections() {
    }

    /**
     * The analyzer for a rule run: each note's template comes from its note type ({@code sections:});
     * whether a section rule applies to a note is the run's answer (folder configs, then the note
     * type's {@code rules:}), the same one that decides every other rule.
     */
    public static SectionAnalyzer analyzer(RuleContext ctx) {
        return new SectionAnalyzer(new TypeTemplateSelector(n -> ctx.types().typeOf(n).sections(), ctx::enabled));
    }

    /** The analyzer without a rule run (tools and tests): the interim selector. */
    public static SectionAnalyzer analyzer() {
        return INTERIM;
    }

    /** The note's analysis, shared by all rules of the run. */
    public static SectionAnalysis of(Note note, RuleContext ctx) {
        return ctx.memo(note, MEMO_KEY, n -> analyzer(ctx).analyze(n, ctx.config()));
    }

    /**
     * The analysis a section rule should check: empty when {@code ruleId} is off for the note (the
     * linter does not run a rule where it is off; this keeps callers outside a run honest too).
     */
    public static SectionAnalysis forRule(String ruleId, Note note, RuleContext ctx) {
        if (!analyzer(ctx).selector().ruleEnabled(ruleId, note, ctx.config())) {
            return SectionAnalysis.empty(note.path());
        }
        return of(note, ctx);
    }
}
