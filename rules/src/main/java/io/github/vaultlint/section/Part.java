package io.github.vaultlint.section;

import java.util.List;

/**
 * One part of a section template, such as a STAR story's Result. {@code id} is a stable key for
 * reports ({@code result}); {@code name} is what messages show; {@code synonyms} are the other labels
 * people write for it; {@code label} is an optional one-letter short label ({@code R} for "R: ...").
 * A {@code measurable} part should state a number, percentage, duration or amount. {@code keywords}
 * are phrases that name the part inside a longer label people word their own way ("went badly" in
 * "What went badly"); see {@link Template#match}. {@code role} is what the analyzer reads the
 * part's items as ({@code weak}, {@code strength}, {@code action}, {@code none}), or null when the
 * template does not say (see {@code analysis.PartRoles}).
 */
public record Part(String id, String name, List<String> synonyms, boolean required, String label,
                   boolean measurable, List<String> keywords, String role) {

    /** The roles a template may give a part ({@code role:}). */
    public static final List<String> ROLES = List.of("weak", "strength", "action", "none");

    public Part {
        synonyms = List.copyOf(synonyms);
        keywords = List.copyOf(keywords);
    }

    /** A part whose role the analyzer infers. */
    public Part(String id, String name, List<String> synonyms, boolean required, String label,
                boolean measurable, List<String> keywords) {
        this(id, name, synonyms, required, label, measurable, keywords, null);
    }

    /** A part matched by its name and synonyms only. */
    public Part(String id, String name, List<String> synonyms, boolean required, String label, boolean measurable) {
        this(id, name, synonyms, required, label, measurable, List.of());
    }

    /** Parts key the locator's maps and sets: hash the id and name (cached by String), not every synonym. */
    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(id) * 31 + java.util.Objects.hashCode(name);
    }

    /** The record's equality, written out: the generated one goes through a method handle, slow in a cold JVM. */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof Part p && required == p.required && measurable == p.measurable
                && java.util.Objects.equals(id, p.id) && java.util.Objects.equals(name, p.name)
                && java.util.Objects.equals(label, p.label) && java.util.Objects.equals(synonyms, p.synonyms)
                && java.util.Objects.equals(keywords, p.keywords) && java.util.Objects.equals(role, p.role);
    }

    /** Every label this part answers to, normalised: its name and its synonyms. */
    public List<String> labels() {
        List<String> out = new java.util.ArrayList<>(synonyms.size() + 1);
        out.add(Labels.normalize(name));
        for (String s : synonyms) {
            out.add(Labels.normalize(s));
        }
        return out;
    }

    /**
     * True when {@code normalized} is the part's own name (or its plural) or its short label, rather
     * than a looser synonym: enough on its own to tell a STAR story from an ordinary note.
     */
    public boolean isCanonical(String normalized) {
        String n = Labels.normalize(name);
        return normalized.equals(n) || normalized.equals(n + "s")
                || (label != null && normalized.equalsIgnoreCase(label));
    }
}
