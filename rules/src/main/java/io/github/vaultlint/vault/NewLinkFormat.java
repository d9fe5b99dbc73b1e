package io.github.vaultlint.vault;

import java.util.Locale;

/**
 * Obsidian's "New link format" ({@code newLinkFormat} in {@code .obsidian/app.json}): how it writes a
 * link it creates. It never changes how a link resolves; vaultlint writes its "did you mean" links
 * the same way, so they look like the vault's own.
 */
public enum NewLinkFormat {
    /** "Shortest path when possible", Obsidian's default: the bare name unless another file shares it. */
    SHORTEST,
    /** "Relative path to file": {@code ../Globex/Debrief}. */
    RELATIVE,
    /** "Absolute path in vault": {@code Interviews/Globex/Debrief}. */
    ABSOLUTE;

    /** The format a setting names; "shortest" (Obsidian's default) for null or any other text. */
    public static NewLinkFormat of(String setting) {
        if (setting == null) {
            return SHORTEST;
        }
        return switch (setting.strip().toLowerCase(Locale.ROOT)) {
            case "relative" -> RELATIVE;
            case "absolute" -> ABSOLUTE;
            default -> SHORTEST;
        };
    }
}
