package io.github.vaultlint.section;

import java.util.ArrayList;
import java.util.List;

/**
 * A unit a template applies to: a STAR story or a debrief topic (or sub-scenario). {@code heading}
 * is the index of its heading, or -1 when the unit is the note itself ({@code level} is the heading's
 * level, 0 for the note); {@code line}/{@code column} point at that heading (line 1 otherwise). {@code hits} are the parts found, in document order;
 * {@code missing} the required parts not found; {@code misplaced} the parts out of template order.
 * {@code nearMisses} are labels that look like a missing part but are misspelt. {@code row} is the
 * table row the story is, in a table whose columns are the parts; null for any other unit.
 */
public record Unit(Kind kind, Template template, String title, int heading, int level, int line, int column,
                   int endColumn,
                   List<PartHit> hits, List<Part> missing, List<Misplaced> misplaced, List<NearMiss> nearMisses,
                   TableRow row) {

    public enum Kind {
        STORY("Story"), TOPIC("Topic");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** "Story" or "Topic", as messages start. */
        public String label() {
            return label;
        }
    }

    /**
     * A part that is out of order. {@code conflict} is a part it clashes with, written
     * {@code conflictEarlier ? before : after} it though the template wants the opposite;
     * {@code after}/{@code before} are the in-order parts it belongs between (either may be null).
     */
    public record Misplaced(PartHit hit, Part conflict, boolean conflictEarlier, Part after, Part before) {
    }

    /** A heading or bold label on {@code line} whose text is a near miss of {@code part}. */
    public record NearMiss(String text, int line, Part part) {
    }

    public Unit {
        hits = List.copyOf(hits);
        missing = List.copyOf(missing);
        misplaced = List.copyOf(misplaced);
        nearMisses = List.copyOf(nearMisses);
    }

    public boolean complete() {
        return missing.isEmpty();
    }

    /** The first occurrence of the part with this id, or null. */
    public PartHit first(String partId) {
        for (PartHit h : hits) {
            if (h.part().id().equals(partId)) {
                return h;
            }
        }
        return null;
    }

    /** Every occurrence of the part with this id, in document order. */
    public List<PartHit> all(String partId) {
        List<PartHit> out = new ArrayList<>();
        for (PartHit h : hits) {
            if (h.part().id().equals(partId)) {
                out.add(h);
            }
        }
        return out;
    }

    public boolean has(String partId) {
        return first(partId) != null;
    }

    /**
     * The measurable parts (a STAR Result) that are written but state no number, percentage,
     * duration or amount in any of their occurrences. Empty parts are left to empty-section.
     */
    public List<Part> unmeasured() {
        List<Part> out = null;
        List<Part> parts = template.parts();
        for (int pi = 0; pi < parts.size(); pi++) { // loops, not streams: asked for every story
            Part p = parts.get(pi);
            if (!p.measurable()) {
                continue;
            }
            boolean written = false; // some occurrence is not empty
            for (int i = 0; i < hits.size() && !written; i++) {
                PartHit h = hits.get(i);
                written = h.part().id().equals(p.id()) && !h.empty();
            }
            if (!written) {
                continue;
            }
            boolean measured = false;
            for (int i = 0; i < hits.size() && !measured; i++) {
                PartHit h = hits.get(i);
                measured = h.part().id().equals(p.id()) && Measurable.test(h.text());
            }
            if (!measured) {
                if (out == null) {
                    out = new ArrayList<>();
                }
                out.add(p);
            }
        }
        return out == null ? new ArrayList<>() : out;
    }

    /** {@code Story "TBU migration"} as messages start; an untitled heading is named by its line. */
    public String describe() {
        return kind.label() + named();
    }

    /** {@code story "TBU migration"} as messages mention the unit mid-sentence. */
    public String reference() {
        return kind.label().toLowerCase(java.util.Locale.ROOT) + named();
    }

    private String named() {
        // Cut: a heading that is a pasted paragraph made every message about its unit as long.
        return title.isEmpty() ? " (untitled heading on line " + line + ")" : " \"" + io.github.vaultlint.util.OneLine.cut(title, 80) + "\"";
    }
}
