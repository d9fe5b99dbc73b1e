package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.vault.Link;

/** Shared wording for link findings. */
final class LinkMessages {
    private LinkMessages() {
    }

    static String describe(Link link) {
        String kind;
        switch (link.kind()) {
            case WIKI: kind = link.embed() ? "embed" : "wikilink"; break;
            case FRONTMATTER: kind = "frontmatter link"; break;
            default: kind = link.embed() ? "image" : "Markdown link";
        }
        String raw = link.raw().length() > 120 ? link.raw().substring(0, 117) + "..." : link.raw();
        return kind + " " + raw;
    }
}
