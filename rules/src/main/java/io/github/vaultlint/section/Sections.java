package io.github.vaultlint.section;

import io.github.vaultlint.rule.RuleContext;
import io.github.vaultlint.vault.Note;

import java.util.function.BiPredicate;
import java.util.function.Function;

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
        return new SectionAnalyzer(new TypeTemplateSelector(new SectionsOfType(ctx), new Enabled(ctx)));
    }

    /** The analyzer without a rule run (tools and tests): the interim selector. */
    public static SectionAnalyzer analyzer() {
        return INTERIM;
    }

    /** The note's analysis, shared by all rules of the run. */
    public static SectionAnalysis of(Note note, RuleContext ctx) {
        return ctx.memo(note, MEMO_KEY, new Analyze(ctx));
    }

    /**
     * The analysis a section rule should check: empty when {@code ruleId} is off for the note (the
     * linter does not run a rule where it is off; this keeps callers outside a run honest too).
     */
    public static SectionAnalysis forRule(String ruleId, Note note, RuleContext ctx) {
        // What analyzer(ctx).selector().ruleEnabled answers, without building an analyzer per call.
        if (!ctx.enabled(ruleId, note)) {
            return SectionAnalysis.empty(note.path());
        }
        return of(note, ctx);
    }

    // Named classes, not lambdas: these are made for every note and section rule, and C1 (a Maven
    // build's JVM) creates a capturing lambda through a method handle, far slower than a plain new.

    /** The template name of the note's type. */
    private record SectionsOfType(RuleContext ctx) implements Function<Note, String> {
        @Override
        public String apply(Note n) {
            return ctx.types().typeOf(n).sections();
        }
    }

    /** Whether the run has the rule on for the note. */
    private record Enabled(RuleContext ctx) implements BiPredicate<String, Note> {
        @Override
        public boolean test(String ruleId, Note n) {
            return ctx.enabled(ruleId, n);
        }
    }

    /** The note's analysis, computed when the run's memo does not hold it yet. */
    private record Analyze(RuleContext ctx) implements Function<Note, SectionAnalysis> {
        @Override
        public SectionAnalysis apply(Note n) {
            return analyzer(ctx).analyze(n, ctx.config());
        }
    }
}
