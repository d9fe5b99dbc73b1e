package io.github.vaultlint.analysis;

import io.github.vaultlint.util.Words;
import io.github.vaultlint.vault.Tag;

import java.util.List;
import java.util.Locale;

/**
 * The other ways people mark a debrief as still being written, besides {@code draft: true}: a
 * status ({@code status: draft}, {@code Status: WIP}, {@code - Status: Work in progress}) or a tag
 * ({@code #draft}, {@code #wip}, a nested {@code #status/draft}). A status naming the application
 * ("Rejected", "Offer", "In progress", "Pending") or a finished note ("done") is no draft.
 */
final class DraftMarkers {
    private DraftMarkers() {
    }

    /** Whether a status value says the note is a draft: its first word is draft, wip or unfinished, or it reads "work in progress". */
    static boolean isDraftStatus(String status) {
        if (status == null) {
            return false;
        }
        List<String> w = Words.of(MarkdownText.plain(status).toLowerCase(Locale.ROOT));
        if (w.isEmpty()) {
            return false;
        }
        String first = w.get(0);
        return first.equals("draft") || first.equals("drafting") || first.equals("wip") || first.equals("unfinished")
                || w.size() >= 3 && first.equals("work") && w.get(1).equals("in") && w.get(2).equals("progress");
    }

    /** Whether one of the note's tags is {@code draft} or {@code wip}, alone or as the last level of a nested tag. */
    static boolean hasDraftTag(List<Tag> tags) {
        for (int k = 0; k < tags.size(); k++) {
            String name = tags.get(k).name();
            String last = name.substring(name.lastIndexOf('/') + 1);
            if (last.equalsIgnoreCase("draft") || last.equalsIgnoreCase("wip") || last.equalsIgnoreCase("work-in-progress")) {
                return true;
            }
        }
        return false;
    }
}
