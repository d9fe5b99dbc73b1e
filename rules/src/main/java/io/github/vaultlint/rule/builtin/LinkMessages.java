package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.link.Resolution;
import io.github.vaultlint.rule.RuleContext;
import io.github.vaultlint.util.OneLine;
import io.github.vaultlint.vault.Link;
import io.github.vaultlint.vault.Note;

/**
 * Shared wording for link findings, positioned on the link: "<kind> <as written> <detail>", where
 * the detail reads on from the link ("points to ...", "matches ...", "climbs out ...").
 */
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
        // A reference definition may span lines ("[c]:\n  path.md"); a message stays on one line.
        String one = OneLine.of(link.raw());
        String raw = one.length() > 120 ? OneLine.head(one, 117) + "..." : one;
        return kind + " " + raw;
    }

    static void report(RuleContext ctx, Note note, Resolution r, String detail) {
        Link link = r.link();
        ctx.report(note, link.line(), link.column(), link.endLine(), link.endColumn(), describe(link) + " " + detail);
    }
}
