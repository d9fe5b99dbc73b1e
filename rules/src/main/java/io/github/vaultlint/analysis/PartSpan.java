package io.github.vaultlint.analysis;

import io.github.vaultlint.vault.Block;

import java.util.List;

/**
 * The blocks written under one debrief part of a note, as section matching found them: the part's
 * role (what it says about the interview), the title of the section it belongs to, and its blocks
 * in document order. {@code whole} is true when the part's content is one answer (a callout such as
 * "Suggested Improved Answer") rather than a list of separate items.
 */
public record PartSpan(Item.Kind role, String section, int line, List<Block> blocks, boolean whole) {
    public PartSpan {
        blocks = List.copyOf(blocks);
    }
}
