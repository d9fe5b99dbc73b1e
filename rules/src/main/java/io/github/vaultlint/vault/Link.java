package io.github.vaultlint.vault;

/**
 * A link or embed in a note.
 * <ul>
 *   <li>{@code target}: the path or name part, percent-decoded for Markdown links; "" for same-note links</li>
 *   <li>{@code anchor}: what follows the first '#', without it ("Heading#Sub", "^block-id"), or null</li>
 *   <li>{@code alias}: the display text / size after '|', or null</li>
 * </ul>
 * Positions are 1-based and span the whole link syntax.
 */
public record Link(Kind kind, boolean embed, String raw, String target, String anchor, String alias,
                   int line, int column, int endLine, int endColumn) {

    public enum Kind {
        /** {@code [[target#anchor|alias]]} or {@code ![[...]]}. */
        WIKI,
        /** {@code [text](target)}, {@code ![alt](target)} or a reference definition. */
        MARKDOWN,
        /** A wikilink written in a frontmatter value. */
        FRONTMATTER
    }

    /** True for a link to a heading or block of the same note ({@code [[#Heading]]}). */
    public boolean sameNote() {
        return target.isEmpty() && anchor != null;
    }

    public boolean isBlockRef() {
        return anchor != null && anchor.startsWith("^");
    }
}
