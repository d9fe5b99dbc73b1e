package io.github.vaultlint.link;

import io.github.vaultlint.vault.Link;

/** Writes the corrected form of a link for "did you mean" and "write ..." hints. */
final class LinkText {
    private LinkText() {
    }

    /** The link with its target replaced by {@code target} (anchor and alias kept). */
    static String withTarget(Link link, String target) {
        return build(link, target, link.anchor());
    }

    /** The link with its anchor replaced by {@code anchor} (target and alias kept). */
    static String withAnchor(Link link, String anchor) {
        return build(link, link.target(), anchor);
    }

    private static String build(Link link, String target, String anchor) {
        if (link.kind() == Link.Kind.MARKDOWN) {
            // Only the destination: the link text stays as the user wrote it.
            return "(" + encode(target) + (anchor == null || anchor.isEmpty() ? "" : "#" + encode(anchor)) + ")";
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
                case ' ': sb.append("%20"); break;
                case '(': sb.append("%28"); break;
                case ')': sb.append("%29"); break;
                case '<': sb.append("%3C"); break;
                case '>': sb.append("%3E"); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Quotes and shortens a user-written fragment for a message, on one line. */
    static String quote(String s) {
        String one = io.github.vaultlint.util.OneLine.of(s);
        return "\"" + (one.length() > 80 ? one.substring(0, 77) + "..." : one) + "\"";
    }
}
