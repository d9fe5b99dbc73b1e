package io.github.vaultlint.analysis;

import io.github.vaultlint.section.Labels;
import io.github.vaultlint.section.Part;
import io.github.vaultlint.section.Template;
import io.github.vaultlint.section.TemplateSet;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the analyzer reads a debrief part's items as: weak points, strengths, actions, or nothing
 * (what was asked, how I responded). A template may say so with {@code role:}; the built-in ids
 * {@code weak}, {@code correct} and {@code improve} say so too. A part of a user's template with
 * neither ("Gaps", "Went well") takes the role of the built-in debrief part that its name or a
 * synonym names, as a label in a note would: a user who renames the parts keeps the analysis.
 */
final class PartRoles {
    /** Roles per part: parts are few and immutable, and the same ones recur in every note. */
    private static final Map<Part, Optional<Item.Kind>> CACHE = new ConcurrentHashMap<>();

    private PartRoles() {
    }

    /** The part's role, or null when its items are none of weak points, strengths and actions. */
    static Item.Kind of(Part p) {
        Item.Kind k = byId(p.id());
        if (p.role() == null && k != null) {
            return k; // the built-in ids, without the cache
        }
        return CACHE.computeIfAbsent(p, q -> Optional.ofNullable(q.role() != null ? byRole(q.role()) : inferred(q))).orElse(null);
    }

    private static Item.Kind byId(String id) {
        switch (id) {
            case "weak": return Item.Kind.WEAK;
            case "correct": return Item.Kind.STRENGTH;
            case "improve": return Item.Kind.ACTION;
            default: return null;
        }
    }

    private static Item.Kind byRole(String role) {
        switch (role) {
            case "weak": return Item.Kind.WEAK;
            case "strength": return Item.Kind.STRENGTH;
            case "action": return Item.Kind.ACTION;
            default: return null;
        }
    }

    /** The role of the built-in debrief part the part's name (or else a synonym) names, by label or keyword. */
    private static Item.Kind inferred(Part p) {
        Template builtin = TemplateSet.builtin().find(Analysis.DEBRIEF);
        if (builtin == null) {
            return null;
        }
        Item.Kind r = named(builtin, p.name());
        for (int i = 0; r == null && i < p.synonyms().size(); i++) {
            r = named(builtin, p.synonyms().get(i));
        }
        return r;
    }

    private static Item.Kind named(Template builtin, String label) {
        String n = Labels.normalize(label);
        Part b = builtin.match(n);
        if (b == null) {
            b = builtin.matchKeywords(n);
        }
        return b == null ? null : byId(b.id());
    }
}
