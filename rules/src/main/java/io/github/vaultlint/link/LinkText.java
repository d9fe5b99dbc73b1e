package io.github.vaultlint.link;

import io.github.vaultlint.util.SafeText;
import io.github.vaultlint.vault.Link;

/** Writes the corrected form of a link for "did you mean" and "write ..." hints. */
final class LinkText {
    private LinkText() {
    }

    /** The link with its target replaced by {@code target} (anchor and alias kept). */
    static String withTarget(Link link, String target) {
        return build(link, target, link.anchor());
    }

    /** The link with its target and anchor replaced ({@code anchor} null for none; alias kept). */
    static String withTargetAndAnchor(Link link, String target, String anchor) {
        return build(link, target, anchor);
    }

    /** The link with its anchor replaced by {@code anchor} (target and alias kept). */
    static String withAnchor(Link link, String anchor) {
        return build(link, link.target(), anchor);
    }

    private static String build(Link link, String target, String anchor) {
        if (link.kind() == Link.Kind.MARKDOWN) {
            // Only the destination: the link text stays as the user wrote it.
            // A '#' in the path is escaped, or it would start the anchor; the anchor's own '#'s separate headings.
            return "(" + encode(target).replace("#", "%23") + (anchor == null || anchor.isEmpty() ? "" : "#" + encode(anchor)) + ")";
        }
        String pipe = link.raw().contains("\\|") ? "\\|" : "|";
        StringBuilder sb = new StringBuilder();
        if (link.embed()) {
            sb.append('!');
        }
        sb.append("[[").append(target);
        if (anchor != null && !anchor.isEmpty()) {
            sb.append('#').append(anchor);
        }
        if (link.alias() != null) {
            sb.append(pipe).append(link.alias());
        }
        return sb.append("]]").toString();
    }

    /** Percent-encodes what a Markdown link destination cannot hold literally. */
    static String encode(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '%': sb.append("%25"); break; // else read as the start of an escape
                case ' ': sb.append("%20"); break;
                case '(': sb.append("%28"); break;
                case ')': sb.append("%29"); break;
                case '<': sb.append("%3C"); break;
                case '>': sb.append("%3E"); break;
                // else read as a character reference: a file named "R&amp;D.md" is (R%26amp;D.md)
                case '&': sb.append(io.github.vaultlint.parse.LinkDestination.startsReference(s, i) ? "%26" : "&"); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * "" or a sentence naming the invisible or look-alike characters (a non-breaking or zero-width
     * space, a soft hyphen, a typographic dash or quote) that tell {@code written} and {@code suggested}
     * apart: those in what was written that the suggestion lacks, else those in the suggestion that
     * what was written lacks, when that is all that differs (a heading typed "won't" where the note has
     * "won’t"). When a suggestion looks identical to the link, that is the difference to fix.
     */
    static String lookalikes(String written, String suggested) {
        java.util.List<String> found = onlyIn(written, suggested);
        if (!found.isEmpty()) {
            return " What was written contains " + String.join(", ", found) + (found.size() == 1 ? ", which looks like an "
                    + "ordinary character but does not match it: retype it" : ", which look like ordinary characters but do "
                    + "not match them: retype them");
        }
        found = onlyIn(suggested, written);
        if (found.isEmpty() || !HeadingKey.of(plain(suggested)).equals(HeadingKey.of(plain(written)))) {
            return ""; // nothing typographic, or they differ in more than looks, case and markup: that can be seen
        }
        if (suggested.codePoints().filter(c -> isLookalike(c) && written.indexOf(c) < 0).allMatch(LinkText::isInvisible)) {
            // An emoji typed without its variation selector (⚙ for ⚙️): nothing visible stands in for it.
            return " The suggestion contains " + String.join(", ", found) + (found.size() == 1
                    ? ", an invisible character that what was written lacks: copy the link from the suggestion"
                    : ", invisible characters that what was written lacks: copy the link from the suggestion");
        }
        return " The suggestion contains " + String.join(", ", found) + " where what was written has "
                + (found.size() == 1 ? "an ordinary character that looks the same: copy it from the suggestion"
                : "ordinary characters that look the same: copy them from the suggestion");
    }

    /** The text with each look-alike character as the ASCII it looks like (’ as ', — as -, no-break space as space). */
    private static String plain(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (!isLookalike(c)) {
                sb.appendCodePoint(c);
            } else if (Character.isSpaceChar(c)) {
                sb.append(' ');
            } else if (c == 0x2026) {
                sb.append("...");
            } else if ((c >= 0x2018 && c <= 0x201B) || c == 0x2032 || c == 0x02BC) {
                sb.append('\'');
            } else if ((c >= 0x201C && c <= 0x201F) || c == 0x2033) {
                sb.append('"');
            } else if (!isInvisible(c)) {
                sb.append('-');
            }
        });
        return sb.toString();
    }

    /** Names of the look-alike characters of {@code text} that {@code other} does not contain. */
    private static java.util.List<String> onlyIn(String text, String other) {
        java.util.List<String> found = new java.util.ArrayList<>();
        text.codePoints().distinct().forEach(c -> {
            if (isLookalike(c) && other.indexOf(c) < 0) {
                found.add(nameOf(c) + " (" + SafeText.codePoint(c) + ")");
            }
        });
        return found;
    }

    /** A character with no glyph of its own: a format character, or a variation selector (U+FE0F after ⚙). */
    private static boolean isInvisible(int c) {
        return Character.getType(c) == Character.FORMAT || isVariationSelector(c);
    }

    private static boolean isVariationSelector(int c) {
        return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
    }

    private static boolean isLookalike(int c) {
        return (Character.isSpaceChar(c) && c != ' ') || isInvisible(c)
                || (c >= 0x2010 && c <= 0x2015) || c == 0x2212
                || (c >= 0x2018 && c <= 0x201F) || c == 0x2032 || c == 0x2033 || c == 0x02BC || c == 0x2026;
    }

    private static String nameOf(int c) {
        if (c == 0x00A0) {
            return "a non-breaking space";
        }
        String name = Character.getName(c);
        if (name == null) {
            return "an invisible character";
        }
        name = name.toLowerCase(java.util.Locale.ROOT);
        return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }

    /** Quotes and shortens a user-written fragment for a message, on one line. */
    static String quote(String s) {
        String one = io.github.vaultlint.util.OneLine.of(s);
        return "\"" + (one.length() > 80 ? io.github.vaultlint.util.OneLine.head(one, 77) + "..." : one) + "\"";
    }
}
