package io.github.vaultlint.link;

import io.github.vaultlint.vault.Heading;
import io.github.vaultlint.vault.Link;

import java.util.ArrayList;
import java.util.List;

/** Explains a heading or block anchor that the target note does not have, with the closest one. */
final class MissingAnchor {
    private static final int LIST_MAX = 6;

    private MissingAnchor() {
    }

    /** What is missing and where, without a hint. */
    static String describe(String where, NoteAnchors.Lookup l) {
        String[] parts = l.parts();
        if (l.block()) {
            return "points to block " + parts[0] + ", which is not defined in " + where;
        }
        String part = parts[l.failedPart()];
        StringBuilder sb = new StringBuilder();
        appendWhat(sb, where, parts, l.failedPart(), part);
        return sb.toString();
    }

    static String explain(Link link, String where, NoteAnchors a, NoteAnchors.Lookup l) {
        String[] parts = l.parts();
        if (l.block()) {
            return block(link, where, a, parts[0].substring(1));
        }
        List<Heading> hs = a.headings;
        List<String> keys = List.of(a.headingKeys);
        String part = parts[l.failedPart()];
        StringBuilder sb = new StringBuilder();
        appendWhat(sb, where, parts, l.failedPart(), part);
        if (link.sameNote() && link.raw().contains("[[##")) {
            // What Obsidian's link suggester searches by, typed out and left: it names no note.
            return sb.append("; [[## is Obsidian's search for a heading in every note, which works only while typing: ")
                    .append("pick a heading from its list, and Obsidian writes the link as [[Note#Heading]]").toString();
        }
        HashHeading copied = parts.length > 1 ? hashInHeading(a, link) : null;
        if (copied != null) {
            return sb.append("; the heading ").append(LinkText.quote(copied.text()))
                    .append(" has a '#' of its own, which a link cannot hold (it starts a subheading): write ")
                    .append(LinkText.withAnchor(link, copied.linkable())).toString();
        }
        Heading inQuote = a.quotedHeading(part);
        if (inQuote != null) {
            return sb.append("; ").append(LinkText.quote(inQuote.text())).append(" (line ").append(inQuote.line())
                    .append(") is inside a block quote or callout, where Obsidian does not index headings: move it out of")
                    .append(" the quote, or put a block id (^id) on the line after the quote and link to #^id").toString();
        }
        String key = HeadingKey.of(part);
        int exact = keys.indexOf(key);
        if (exact >= 0 && parts.length > 1) {
            String alone = HeadingKey.linkable(hs.get(exact).text());
            if (a.find(alone).found()) {
                return sb.append("; ").append(LinkText.quote(hs.get(exact).text()))
                        .append(" exists elsewhere in the note: write ").append(LinkText.withAnchor(link, alone)).toString();
            }
        }
        // Only headings that can stand in this position: inside the section of the heading the previous part matched.
        int after = l.lastMatched();
        List<Integer> candidates = new ArrayList<>();
        List<String> candidateKeys = new ArrayList<>();
        for (int k = after + 1; k < hs.size(); k++) {
            if (after >= 0 && hs.get(k).level() <= hs.get(after).level()) {
                break;
            }
            candidates.add(k);
            candidateKeys.add(keys.get(k));
        }
        int near = Near.closest(key, candidateKeys);
        if (near >= 0) {
            Heading h = hs.get(candidates.get(near));
            String fixed = working(a, link, parts, l.failedPart(), HeadingKey.linkable(h.text()));
            if (fixed != null) {
                return sb.append("; did you mean ").append(LinkText.withAnchor(link, fixed)).append("?")
                        .append(LinkText.lookalikes(part, h.text())).toString();
            }
        }
        if (hs.isEmpty()) {
            return sb.append(link.sameNote() ? "; it has no headings: add the heading" // "link to the note itself" is moot here
                    : "; it has no headings: link to the note itself or add the heading").toString();
        }
        List<String> shown = new ArrayList<>();
        for (Heading h : hs) {
            if (shown.size() == LIST_MAX) {
                shown.add("… (" + (hs.size() - LIST_MAX) + " more)");
                break;
            }
            shown.add(LinkText.quote(h.text()));
        }
        return sb.append("; its headings are ").append(String.join(", ", shown)).toString();
    }

    /**
     * The anchor with part {@code failed} replaced by {@code part}, keeping the parts after it when the
     * result still resolves, else without them; null when neither resolves or the result is what was
     * written (never suggest a link that is broken too, or the link itself).
     */
    private static String working(NoteAnchors a, Link link, String[] parts, int failed, String part) {
        List<String> path = new ArrayList<>(List.of(parts).subList(0, failed));
        path.add(part);
        List<String> full = new ArrayList<>(path);
        full.addAll(List.of(parts).subList(failed + 1, parts.length));
        for (List<String> p : List.of(full, path)) {
            String anchor = String.join("#", p);
            if (a.find(anchor).found() && !anchor.equals(link.anchor())) {
                return anchor;
            }
        }
        return null;
    }

    /** A heading with a '#' in its text, and the form a link writes it in ("C and .NET" for "C# and .NET"). */
    private record HashHeading(String text, String linkable) {
    }

    /**
     * The heading an anchor copied with its own '#' ({@code [[Note#C# and .NET]]} for "C# and .NET",
     * {@code [[Note#Retro #tag]]} for "Retro #tag"): a link splits there, so it looks for nested
     * headings. Null when no heading reads like the whole anchor or its link form would not resolve.
     */
    private static HashHeading hashInHeading(NoteAnchors a, Link link) {
        int k = List.of(a.headingKeys).indexOf(HeadingKey.of(link.anchor()));
        if (k < 0) {
            return null;
        }
        String text = a.headings.get(k).text();
        String linkable = HeadingKey.linkable(text);
        return !linkable.isEmpty() && a.find(linkable).found() ? new HashHeading(text, linkable) : null;
    }

    /** The id with accents dropped and any other character Obsidian refuses in a block id as '-'. */
    private static String validBlockId(String id) {
        String bare = java.text.Normalizer.normalize(id, java.text.Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(bare.length());
        for (int i = 0; i < bare.length(); i++) {
            char c = bare.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') {
                sb.append(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                sb.append('-');
            }
        }
        return sb.toString();
    }

    private static void appendWhat(StringBuilder sb, String where, String[] parts, int failed, String part) {
        if (parts.length == 1) {
            sb.append("points to heading ").append(LinkText.quote(part)).append(", which is not in ").append(where);
        } else if (failed == 0) {
            sb.append("points to heading ").append(LinkText.quote("#" + String.join("#", parts))).append(", but ")
                    .append(LinkText.quote(part)).append(" is not a heading in ").append(where);
        } else {
            sb.append("points to heading ").append(LinkText.quote("#" + String.join("#", parts))).append(": ")
                    .append(LinkText.quote(parts[failed - 1])).append(" is in ").append(where)
                    .append(" but no heading ").append(LinkText.quote(part))
                    .append(" is under it (#A#B means B is a heading inside A's section)");
        }
    }

    private static String block(Link link, String where, NoteAnchors a, String id) {
        if (id.isEmpty()) { // "[[Note#^]]": no id to add to a block, so say what is missing
            return "points to a block without naming it: nothing follows the '^'; write the block's id after it, as in "
                    + LinkText.withAnchor(link, "^" + (a.blockIdList.isEmpty() ? "block-id" : a.blockIdList.get(0)))
                    + ", or drop the '#^'";
        }
        StringBuilder sb = new StringBuilder("points to block ^").append(id).append(", which is not defined in ")
                .append(where);
        List<String> lower = new ArrayList<>();
        for (String b : a.blockIdList) {
            lower.add(b.toLowerCase(java.util.Locale.ROOT));
        }
        // A block the note does define comes first: "[[Note#^ probe]]" means ^probe, not a new id "^-probe".
        int near = Near.closest(id.toLowerCase(java.util.Locale.ROOT), lower);
        if (near >= 0) {
            return sb.append("; did you mean ").append(LinkText.withAnchor(link, "^" + a.blockIdList.get(near)))
                    .append("?").append(LinkText.lookalikes(id, a.blockIdList.get(near))).toString();
        }
        String valid = validBlockId(id.strip());
        if (!valid.equals(id) && !valid.isEmpty() && !a.blockIds.contains(valid.toLowerCase(java.util.Locale.ROOT))) {
            // "^my_id" or "^résumé" at the end of a paragraph is plain text to Obsidian: no link reaches it.
            return sb.append("; a block id holds only Latin letters, digits and dashes, so ^").append(id)
                    .append(" can never be one: write ^").append(valid).append(" at the end of the block and ")
                    .append(LinkText.withAnchor(link, "^" + valid)).toString();
        }
        if (a.blockIdList.isEmpty()) {
            return sb.append("; it defines no block ids. Add \" ^").append(id)
                    .append("\" at the end of the paragraph or list item you mean").toString();
        }
        List<String> shown = new ArrayList<>();
        for (String b : a.blockIdList) {
            if (shown.size() == LIST_MAX) {
                shown.add("…");
                break;
            }
            shown.add("^" + b);
        }
        return sb.append("; its block ids are ").append(String.join(", ", shown)).toString();
    }
}
