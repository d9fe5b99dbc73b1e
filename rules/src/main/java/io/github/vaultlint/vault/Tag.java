package io.github.vaultlint.vault;

/** A tag, without its leading '#'. {@code inFrontmatter} tells where it was written. */
public record Tag(String name, int line, int column, boolean inFrontmatter) {
}
