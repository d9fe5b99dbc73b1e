package io.github.vaultlint.section;

import java.util.List;

/**
 * The section structure of one note under the templates that apply to it: its units (stories and
 * topics) with the parts found, what is missing, empty or out of order, and each part's content.
 * Computed once per note and shared by the section rules and the analyzer.
 */
public record SectionAnalysis(String path, List<Unit> units) {

    public static SectionAnalysis empty(String path) {
        return new SectionAnalysis(path, List.of());
    }

    public SectionAnalysis {
        units = List.copyOf(units);
    }

    public List<Unit> stories() {
        return units.stream().filter(u -> u.kind() == Unit.Kind.STORY).toList();
    }

    public List<Unit> topics() {
        return units.stream().filter(u -> u.kind() == Unit.Kind.TOPIC).toList();
    }
}
