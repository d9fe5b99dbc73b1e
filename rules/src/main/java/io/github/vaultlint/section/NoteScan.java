package io.github.vaultlint.section;

import io.github.vaultlint.vault.Note;

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
        PartLocator.Found f = PartLocator.locate(note, lines(), t);
        if (count == templates.length) {
            templates = java.util.Arrays.copyOf(templates, count * 2);
            found = java.util.Arrays.copyOf(found, count * 2);
        }
        templates[count] = t;
        found[count++] = f;
        return f;
    }

    /** The note's template-independent line labels, computed on first use. */
    NoteLines lines() {
        if (lines == null) {
            lines = NoteLines.of(note);
        }
        return lines;
    }
}
