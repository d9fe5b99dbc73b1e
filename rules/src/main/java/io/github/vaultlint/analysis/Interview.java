package io.github.vaultlint.analysis;

import java.util.List;

/** One interview debrief and what it says: weak points, strengths and actions. */
public record Interview(String file, InterviewMeta meta, List<Item> weak, List<Item> strengths, List<Item> actions) {

    public Interview {
        weak = List.copyOf(weak);
        strengths = List.copyOf(strengths);
        actions = List.copyOf(actions);
    }

    /**
     * "Manus AI (2025-11-17)"; with no company known, the file name and that it is unknown:
     * "2025-03-14 onsite (company unknown, 2025-03-14)", never a file name that reads as a company.
     */
    public String label() {
        if (meta.company() == null) {
            String name = file.replaceAll(".*/|\\.md$", "");
            return name + " (company unknown" + (meta.date() != null ? ", " + meta.date() : "") + ")";
        }
        return meta.date() != null ? meta.company() + " (" + meta.date() + ")" : meta.company();
    }
}
