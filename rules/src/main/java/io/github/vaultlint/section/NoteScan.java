package io.github.vaultlint.section;

import io.github.vaultlint.vault.Note;

import java.util.ArrayList;
import java.util.List;

/**
 * The part occurrences of one note, located at most once per template. Shared by the template
 * selector (which may look at a note's parts to guess its kind) and the unit finder. Not
 * thread-safe: one per note analysis.
 */
public final class NoteScan {
    private final Note note;
    // A note meets two or three templates: a short list searched by identity beats a map (and its
    // lambda) per note.
    private Template[] templates = new Template[2];
    private PartLocator.Found[] found = new PartLocator.Found[2];
    private int count;
    private NoteLines lines;
    private List<AppliedTemplate> applied;

    public NoteScan(Note note) {
        this.note = note;
    }

    public Note note() {
        return note;
    }

    public PartLocator.Found found(Template t) {
        for (int i = 0; i < count; i++) {
            if (templates[i] == t) {
                return found[i];
            }
        }
        PartLocator.Found f = PartLocator.locate(note, lines(), t, nested(t), storyBank(t));
        if (count == templates.length) {
            templates = java.util.Arrays.copyOf(templates, count * 2);
            found = java.util.Arrays.copyOf(found, count * 2);
        }
        templates[count] = t;
        found[count++] = f;
        return f;
    }

    /**
     * The templates applied to the note: a STAR answer written inside a debrief part ("**My response:**"
     * then "**Situation:** ... **Action:** ...") is that part's content, so a topics template is located
     * knowing the story templates next to it; and only in a story bank does any table naming two parts
     * as columns hold a story per row. Parts located before (a template selector may look) are
     * located again.
     */
    public void applied(List<AppliedTemplate> applied) {
        if (!applied.equals(this.applied)) {
            this.applied = List.copyOf(applied);
            count = 0;
        }
    }

    /** For a topics template, the story templates applied next to it, whose labels nest in its parts. */
    private List<Template> nested(Template t) {
        if (applied == null || t.units() != Template.Units.TOPICS) {
            return List.of();
        }
        List<Template> out = new ArrayList<>(1);
        for (AppliedTemplate a : applied) {
            if (a.template() != t && a.template().units() == Template.Units.STORIES) {
                out.add(a.template());
            }
        }
        return out;
    }

    /**
     * Whether {@code t} is applied as the note's story bank; before the templates are applied (a
     * selector looking at the parts to guess the note's kind), a stories template is read as one.
     */
    private boolean storyBank(Template t) {
        if (applied == null) {
            return t.units() == Template.Units.STORIES;
        }
        for (AppliedTemplate a : applied) {
            if (a.template() == t) {
                return a.mode() == AppliedTemplate.Mode.STORY_BANK;
            }
        }
        return t.units() == Template.Units.STORIES;
    }

    /** The note's template-independent line labels, computed on first use. */
    NoteLines lines() {
        if (lines == null) {
            lines = NoteLines.of(note);
        }
        return lines;
    }
}
