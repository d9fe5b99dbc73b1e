package io.github.vaultlint.section;

import io.github.vaultlint.rule.RuleContext;
import io.github.vaultlint.vault.Note;

/**
 * Entry point for the section rules and the analyzer: the note's {@link SectionAnalysis}, computed
 * once per note and run. The one place that names the {@link TemplateSelector} in use.
 */
public final class Sections {
    /** Swap {@link InterimTemplateSelector} for the note-type selector once note types exist. */
    private static final SectionAnalyzer ANALYZER = new SectionAnalyzer(new InterimTemplateSelector());
    private static final String MEMO_KEY = "section-analysis";

    private Sections() {
    }

    public static SectionAnalyzer analyzer() {
        return ANALYZER;
    }

    /** The note's analysis, shared by all rules of the run. */
    public static SectionAnalysis of(Note note, RuleContext ctx) {
        return ctx.memo(note, MEMO_KEY, n -> ANALYZER.analyze(n, ctx.config()));
    }

    /**
     * The analysis a section rule should check: empty when the note's type turns {@code ruleId} off.
     */
    public static SectionAnalysis forRule(String ruleId, Note note, RuleContext ctx) {
        if (!ANALYZER.selector().ruleEnabled(ruleId, note, ctx.config())) {
            return SectionAnalysis.empty(note.path());
        }
        return of(note, ctx);
    }
}
