package io.github.vaultlint.section;

import io.github.vaultlint.config.VaultlintConfig;
import io.github.vaultlint.vault.Note;
import io.github.vaultlint.vault.Tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * TEMPORARY stand-in for note types (issue 4): guesses a note's kind from its tags and shape.
 * Replace it with a selector that returns {@code AppliedTemplate.own(templates.find(type.sections()))}
 * for the note's type, plus {@code AppliedTemplate.inline(star)} for every type but the story bank.
 * <ul>
 *   <li>{@code type: <name>} in the frontmatter: {@code debrief} and {@code story-bank} pick the
 *       built-in kinds, the name of any template applies that template as the note's own;</li>
 *   <li>a frontmatter tag {@code real-interview} (a leading '#' is ignored), or a heading carrying at
 *       least two required debrief parts one of which is "What was weak": a debrief;</li>
 *   <li>a tag {@code story-bank}, or a heading carrying two STAR parts written as headings: a story bank;</li>
 *   <li>anything else: STAR stories are only recognised inline (two parts in one section).</li>
 * </ul>
 * Every kind except the story bank also gets inline STAR detection.
 */
public final class InterimTemplateSelector implements TemplateSelector {
    public static final String STAR = "star";
    public static final String DEBRIEF = "debrief";
    private static final Set<String> DEBRIEF_TAGS = Set.of("real-interview", "debrief", "interview-debrief");
    private static final Set<String> STORY_BANK_TAGS = Set.of("story-bank", "star-story", "star-stories", "stories");

    @Override
    public List<AppliedTemplate> select(Note note, VaultlintConfig config, NoteScan scan) {
        TemplateSet templates = config.templates();
        Template star = templates.find(STAR);
        Template debrief = templates.find(DEBRIEF);
        List<AppliedTemplate> out = new ArrayList<>();
        String type = note.frontmatter() == null ? null : note.frontmatter().string("type");
        if (type != null) {
            type = type.strip();
            if (type.equals("story-bank")) {
                return star == null ? List.of() : List.of(AppliedTemplate.own(star));
            }
            Template own = templates.find(type);
            if (own != null) {
                out.add(AppliedTemplate.own(own));
                if (star != null && own != star) {
                    out.add(AppliedTemplate.inline(star));
                }
                return out;
            }
        }
        if (debrief != null && (hasTag(note, DEBRIEF_TAGS) || looksLikeDebrief(scan.found(debrief)))) {
            out.add(AppliedTemplate.own(debrief));
        } else if (star != null && (hasTag(note, STORY_BANK_TAGS) || looksLikeStoryBank(scan.found(star)))) {
            return List.of(AppliedTemplate.own(star));
        }
        if (star != null) {
            out.add(AppliedTemplate.inline(star));
        }
        return out;
    }

    private static boolean hasTag(Note note, Set<String> wanted) {
        for (Tag t : note.tags()) {
            if (t.inFrontmatter() && wanted.contains(t.name().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Some heading carries two required debrief parts, one of them the weak part. */
    private static boolean looksLikeDebrief(PartLocator.Found found) {
        Map<Integer, Set<String>> byOwner = new HashMap<>();
        for (PartLocator.Located l : found.hits()) {
            if (l.hit().part().required()) {
                byOwner.computeIfAbsent(l.owner(), k -> new HashSet<>()).add(l.hit().part().id());
            }
        }
        for (Set<String> ids : byOwner.values()) {
            if (ids.size() >= 2 && ids.contains("weak")) {
                return true;
            }
        }
        return false;
    }

    /** Some heading has two STAR parts written as headings below it, the shape of a story bank. */
    private static boolean looksLikeStoryBank(PartLocator.Found found) {
        Map<Integer, Set<String>> byOwner = new HashMap<>();
        for (PartLocator.Located l : found.hits()) {
            if (l.hit().form() == Labels.Form.HEADING && l.canonical()) {
                byOwner.computeIfAbsent(l.owner(), k -> new HashSet<>()).add(l.hit().part().id());
            }
        }
        return byOwner.values().stream().anyMatch(s -> s.size() >= 2);
    }
}
