package io.github.vaultlint.analysis;

/** A STAR story: which parts it has, whether it is complete, and whether its Result is measurable. */
public record StoryInsight(String file, String title, int line, boolean situation, boolean task, boolean action,
                           boolean result, boolean complete, boolean measurableResult) {
}
