package io.github.vaultlint.analysis;

import io.github.vaultlint.config.VaultlintConfig;
import io.github.vaultlint.section.Part;
import io.github.vaultlint.section.PartHit;
import io.github.vaultlint.section.SectionAnalysis;
import io.github.vaultlint.section.Unit;
import io.github.vaultlint.type.NoteType;
import io.github.vaultlint.type.NoteTypes;
import io.github.vaultlint.vault.Note;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Wires the analyzer to the rest of the engine: interviews are the notes whose type uses the
 * {@code debrief} template, and their weak points, strengths, actions and STAR stories come from
 * the section analysis the rules already computed.
 */
public final class Analysis {
    static final String DEBRIEF = "debrief";

    private Analysis() {
    }

    public static Analyzer analyzer(VaultlintConfig config, NoteTypes types, Function<Note, SectionAnalysis> sections) {
        return analyzer(config, types::typeOf, sections);
    }

    /** With each note's type from {@code typeOf} (sub-folder configs may give a folder its own types). */
    public static Analyzer analyzer(VaultlintConfig config, Function<Note, NoteType> typeOf, Function<Note, SectionAnalysis> sections) {
        return new Analyzer(taxonomy(config), note -> isInterview(typeOf.apply(note)),
                note -> parts(sections.apply(note)), note -> stories(note, sections.apply(note)));
    }

    /** The built-in topics with the user's on top (same name replaces), or only the user's with {@code extends: none}. */
    static Taxonomy taxonomy(VaultlintConfig config) {
        if (config.taxonomy().isEmpty()) {
            return config.extendsDefaults() ? Taxonomy.builtin() : new Taxonomy(java.util.Map.of());
        }
        java.util.Map<String, List<String>> merged = new java.util.LinkedHashMap<>();
        if (config.extendsDefaults()) {
            merged.putAll(Taxonomy.builtin().keywords());
            // Topic names are one topic whatever their case (as section titles are): "kubernetes:"
            // replaces the built-in Kubernetes rather than adding its keywords to it.
            for (String user : config.taxonomy().keySet()) {
                merged.keySet().removeIf(builtin -> builtin.equalsIgnoreCase(user) && !builtin.equals(user));
            }
        }
        merged.putAll(config.taxonomy());
        return new Taxonomy(merged);
    }

    static boolean isInterview(NoteType type) {
        return DEBRIEF.equals(type.name()) || DEBRIEF.equals(type.sections());
    }

    /**
     * Every weak, strength and improvement part of the note: in its topics and outside them (Overall).
     * A combined label or heading ("**Mistakes & improvements:**") is one hit per part, all sharing
     * its content: it gives one span, in the role of its first part (template order) that has one,
     * so weak + improve reads as weak; its tasks are actions whatever the role.
     */
    static List<PartSpan> parts(SectionAnalysis sa) {
        List<PartSpan> out = new ArrayList<>();
        // Indexed loops over the units rather than sa.topics(): no stream and no iterators per note.
        List<Unit> units = sa.units();
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (u.kind() == Unit.Kind.TOPIC) {
                addAll(out, u.hits());
            }
        }
        addAll(out, sa.loose());
        out.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return out;
    }

    /** Adds the spans of {@code hits}; the hits of one combined label are adjacent, in template order. */
    private static void addAll(List<PartSpan> out, List<PartHit> hits) {
        PartHit taken = null;
        for (int k = 0; k < hits.size(); k++) {
            PartHit h = hits.get(k);
            if (taken != null && h.line() == taken.line() && h.column() == taken.column()) {
                continue; // another part of the combined label already took its content
            }
            if (add(out, h, hits)) {
                taken = h;
            }
        }
    }

    private static boolean add(List<PartSpan> out, PartHit h, List<PartHit> hits) {
        Item.Kind role = PartRoles.of(h.part());
        if (role == null) {
            return false;
        }
        // "## [[Kubernetes]] scheduling" is the section "Kubernetes scheduling", as Obsidian shows it.
        out.add(new PartSpan(role, h.section() == null ? null : MarkdownText.plain(h.section()), h.line(), withoutInnerHits(h, hits),
                (h.form() == io.github.vaultlint.section.Labels.Form.CALLOUT || h.form() == io.github.vaultlint.section.Labels.Form.DETAILS)
                        && isAnswer(h.label())));
        return true;
    }

    /**
     * A heading part's content without what a label or callout of the same part inside it takes
     * ("### What went well" over "**Strengths:** spotted the skew"): the section rules let it hold
     * that occurrence, but the analysis reads the occurrence's items from the occurrence itself, so
     * the heading gave them a second time ("Strengths: spotted the skew" and "spotted the skew").
     */
    private static List<io.github.vaultlint.vault.Block> withoutInnerHits(PartHit h, List<PartHit> hits) {
        List<io.github.vaultlint.vault.Block> content = h.content();
        if (h.form() != io.github.vaultlint.section.Labels.Form.HEADING || content.isEmpty()) {
            return content;
        }
        int first = content.get(0).line();
        int last = content.get(content.size() - 1).endLine();
        List<io.github.vaultlint.vault.Block> out = null;
        for (int k = 0; k < hits.size(); k++) {
            PartHit in = hits.get(k);
            if (in == h || in.part() != h.part() || in.form() == io.github.vaultlint.section.Labels.Form.HEADING
                    || in.line() < first || in.line() > last) {
                continue;
            }
            int from = in.line();
            int to = in.line();
            for (io.github.vaultlint.vault.Block b : in.content()) {
                to = Math.max(to, b.endLine());
            }
            List<io.github.vaultlint.vault.Block> kept = new ArrayList<>(content.size());
            for (io.github.vaultlint.vault.Block b : out == null ? content : out) {
                if (b.endLine() < from || b.line() > to) {
                    kept.add(b);
                }
            }
            out = kept;
        }
        return out == null ? content : out;
    }

    /**
     * Whether a callout's title (or a details block's summary) names one written-out answer
     * ("Suggested Improved Answer", "Model answer"), taken whole as one item; a callout titled "What
     * was weak" or "How to improve" holds separate points, one item each, as under a heading.
     */
    static boolean isAnswer(String label) {
        List<String> words = io.github.vaultlint.util.Words.of(label == null ? "" : label.toLowerCase(java.util.Locale.ROOT));
        return words.contains("answer") || words.contains("answers");
    }

    /** Whether the part with this id is written with content: an empty label holds no measurable Result. */
    private static boolean written(Unit u, String partId) {
        List<PartHit> hits = u.hits(); // what u.all(partId) holds, without the list and a stream
        for (int k = 0; k < hits.size(); k++) {
            PartHit h = hits.get(k);
            if (!h.empty() && h.part().id().equals(partId)) {
                return true;
            }
        }
        return false;
    }

    static List<StoryInsight> stories(Note note, SectionAnalysis sa) {
        List<StoryInsight> out = new ArrayList<>();
        List<Unit> units = sa.units(); // sa.stories() without its stream
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (u.kind() != Unit.Kind.STORY) {
                continue;
            }
            // Present as required-section sees it: the label is written, content or not (emptiness is empty-section's).
            boolean s = u.has("situation");
            boolean t = u.has("task");
            boolean a = u.has("action");
            boolean r = u.has("result");
            List<String> empty = List.of();
            List<PartHit> hits = u.hits();
            for (int k = 0; k < hits.size(); k++) {
                PartHit h = hits.get(k);
                // a part written twice is empty only when no occurrence has content
                if (h.empty() && !empty.contains(h.part().id()) && !written(u, h.part().id())) {
                    empty = empty.isEmpty() ? new ArrayList<>(2) : empty;
                    empty.add(h.part().id());
                }
            }
            // Complete: every required part written with content. A story whose parts hold only "TBD",
            // "..." or "-" is a skeleton still to write, not a story ready for an interview.
            boolean complete = u.complete();
            for (int k = 0; k < empty.size() && complete; k++) {
                Part p = u.template().part(empty.get(k));
                complete = p == null || !p.required();
            }
            // "## [[Kafka]] MM2 rollback" is the story "Kafka MM2 rollback", as Obsidian shows the heading.
            out.add(new StoryInsight(note.path(), u.title() == null ? null : MarkdownText.plain(u.title()), u.line(), s, t, a, r, complete,
                    written(u, "result") && u.unmeasured().isEmpty(), empty));
        }
        return out;
    }
}
