package io.github.vaultlint.vault;

/** A block id ({@code ^id}) defined at the end of a block or on the line after it. */
public record BlockId(String id, int line, int column) {
}
