package io.github.vaultlint.analysis;

import java.util.List;

/**
 * A STAR story: which parts it has, whether it is complete, and whether its Result is measurable.
 * A part is present when its label is written, even with nothing under it, as required-section
 * sees it; {@code complete} is true when every required part is present and has content (neither
 * required-section nor empty-section has anything to report on them). {@code emptyParts} are the ids of the present parts with no content, the ones
 * empty-section reports. {@code measurableResult} needs a Result with content that states a number.
 */
public record StoryInsight(String file, String title, int line, boolean situation, boolean task, boolean action,
                           boolean result, boolean complete, boolean measurableResult, List<String> emptyParts) {
    public StoryInsight {
        emptyParts = List.copyOf(emptyParts);
    }
}
