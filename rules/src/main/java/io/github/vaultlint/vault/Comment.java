package io.github.vaultlint.vault;

/** An Obsidian {@code %% comment %%} or HTML {@code <!-- comment -->}; {@code text} is the inner text. */
public record Comment(boolean html, String text, int line, int column, int endLine, int endColumn) {
}
