package io.github.vaultlint.section;

import io.github.vaultlint.vault.Block;

import java.util.List;

/**
 * One occurrence of a template part in a note. {@code label} is the label as written; {@code line}
 * and {@code column} point at it. {@code heading} is the heading's index for the heading form, else
 * the index of the heading whose section holds the label. {@code content} holds the blocks that
 * belong to the part, in order: a block shared with a label or with the next part is cut down to
 * the lines (and, on the label's line, the text after the label) that belong here; child headings
 * are not content. {@code empty} is true when there is no real content (see {@link Content}).
 * {@code section} is the title of the section the part belongs to (its unit's heading, such as
 * "Pod Pending Scenario" or "Overall"; the note's name when it sits under no heading).
 */
public record PartHit(Part part, Labels.Form form, String label, int line, int column, int endColumn, int heading,
                      String section, List<Block> content, boolean empty) {

    public PartHit {
        content = List.copyOf(content);
    }

    /** The content as plain text: blocks joined by newlines, comments removed. */
    public String text() {
        return Content.text(content);
    }
}
