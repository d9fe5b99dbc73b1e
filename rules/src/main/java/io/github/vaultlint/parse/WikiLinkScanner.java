package io.github.vaultlint.parse;

/**
 * Finds Obsidian wikilinks and embeds ({@code [[target#anchor|alias]]}, {@code ![[...]]}) in text.
 * A wikilink never spans lines. An escaped pipe ({@code \|}, used inside tables) separates the alias
 * like a plain one. Linear time: no regular expressions, so long lines cannot stall it.
 */
public final class WikiLinkScanner {

    /** The parts of one wikilink. {@code anchor} and {@code alias} are null when absent. */
    public record Parsed(boolean embed, String target, String anchor, String alias) {
    }

    /** Receives each wikilink with its [start, end) offsets in the scanned text (including '!'). */
    @FunctionalInterface
    public interface Sink {
        void accept(int start, int end, Parsed link);
    }

    private WikiLinkScanner() {
    }

    public static void scan(CharSequence s, int from, int to, Sink sink) {
        int i = from;
        while (i < to - 1) {
            // "\[[x]]" is text, but "\\[[x]]" is an escaped backslash followed by a link.
            if (s.charAt(i) != '[' || s.charAt(i + 1) != '[' || escaped(s, i, from)) {
                i++;
                continue;
            }
            int open = i;
            int contentStart = i + 2;
            int j = contentStart;
            int close = -1;
            while (j < to - 1) {
                char c = s.charAt(j);
                if (c == '\n' || c == '\r') {
                    break;
                }
                if (c == '[' && s.charAt(j + 1) == '[') {
                    break; // a new opener: restart there
                }
                if (c == ']' && s.charAt(j + 1) == ']') {
                    close = j;
                    break;
                }
                j++;
            }
            if (close < 0) {
                i = j > i + 1 ? j : i + 2;
                continue;
            }
            boolean embed = open > from && s.charAt(open - 1) == '!' && !escaped(s, open - 1, from);
            int start = embed ? open - 1 : open;
            Parsed p = parseInner(s.subSequence(contentStart, close).toString(), embed);
            if (p != null) {
                sink.accept(start, close + 2, p);
            }
            i = close + 2;
        }
    }

    /** True when the character at {@code at} follows an odd run of backslashes ("\\![[x]]" is a "!" and a link). */
    static boolean escaped(CharSequence s, int at, int from) {
        int backslashes = 0;
        for (int k = at - 1; k >= from && s.charAt(k) == '\\'; k--) {
            backslashes++;
        }
        return (backslashes & 1) == 1;
    }

    /** Splits the inside of {@code [[...]]} into target, anchor and alias. */
    public static Parsed parseInner(String inner, boolean embed) {
        String alias = null;
        int pipe = inner.indexOf('|');
        String ref = inner;
        if (pipe >= 0) {
            alias = inner.substring(pipe + 1);
            ref = inner.substring(0, pipe);
            if (ref.endsWith("\\")) {
                ref = ref.substring(0, ref.length() - 1); // table-escaped pipe
            }
        }
        String target = ref;
        String anchor = null;
        int hash = ref.indexOf('#');
        if (hash >= 0) {
            target = ref.substring(0, hash);
            anchor = ref.substring(hash + 1);
        }
        target = target.strip();
        if (target.isEmpty() && (anchor == null || anchor.isBlank())) {
            return null; // "[[]]" or "[[#]]" is not a link in Obsidian
        }
        return new Parsed(embed, target, anchor == null ? null : anchor.strip(), alias);
    }
}
