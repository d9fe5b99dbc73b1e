package io.github.vaultlint.analysis;

import java.util.List;

/** One interview debrief and what it says: weak points, strengths and actions. */
public record Interview(String file, InterviewMeta meta, List<Item> weak, List<Item> strengths, List<Item> actions) {

    public Interview {
        weak = List.copyOf(weak);
        strengths = List.copyOf(strengths);
        actions = List.copyOf(actions);
    }

    /** "Manus AI (2025-11-17)", falling back to the file name. */
    public String label() {
        String who = meta.company() != null ? meta.company() : file.replaceAll(".*/|\\.md$", "");
        return meta.date() != null ? who + " (" + meta.date() + ")" : who;
    }
}
