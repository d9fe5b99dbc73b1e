package io.github.vaultlint.vault;

/** A checklist item ({@code - [ ] text} / {@code - [x] text}). */
public record Task(boolean done, String text, int line, int column) {
}
