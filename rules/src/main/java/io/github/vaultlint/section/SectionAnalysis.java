package io.github.vaultlint.section;

import java.util.List;

/**
 * The section structure of one note under the templates that apply to it: its units (stories and
 * topics) with the parts found, what is missing, empty or out of order, and each part's content.
 * {@code loose} are parts of the note's own template found outside any unit, such as "Strengths"
 * and "Areas to Improve" in a debrief's Overall section, or a closing "## Next steps" named as a part
 * but no topic: not checked, but there for the analyzer.
 * Computed once per note and shared by the section rules and the analyzer.
 */
public record SectionAnalysis(String path, List<Unit> units, List<PartHit> loose) {

    public static SectionAnalysis empty(String path) {
        return new SectionAnalysis(path, List.of(), List.of());
    }

    public SectionAnalysis {
        units = List.copyOf(units);
        loose = List.copyOf(loose);
    }

    public List<Unit> stories() {
        return ofKind(Unit.Kind.STORY);
    }

    public List<Unit> topics() {
        return ofKind(Unit.Kind.TOPIC);
    }

    /**
     * The units of one kind, in order. A loop, not a stream (rules ask for every note); when every
     * unit is of the kind, the (immutable) list itself.
     */
    private List<Unit> ofKind(Unit.Kind kind) {
        int n = 0;
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).kind() == kind) {
                n++;
            }
        }
        if (n == units.size()) {
            return units;
        }
        Unit[] out = new Unit[n];
        n = 0;
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).kind() == kind) {
                out[n++] = units.get(i);
            }
        }
        return List.of(out);
    }
}
