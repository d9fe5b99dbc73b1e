package io.github.vaultlint.link;

/**
 * Obsidian's heading comparison ({@code stripHeading}): punctuation that cannot survive in a link
 * ({@code # | ^ : %% [[ ]]} and the other ASCII symbols Obsidian strips) becomes a space, runs of
 * whitespace collapse to one, and the result is trimmed and lower-cased. A link part and a heading
 * match when their keys are equal, so {@code [[Note#Q&A: Setup]]} reaches {@code ## Q&A - setup}'s
 * sibling only if Obsidian would reach it too.
 */
public final class HeadingKey {
    private static final String STRIPPED = "!\"#$%&()*+,.:;<=>?@^`{|}~/[]\\\r\n";

    private HeadingKey() {
    }

    /**
     * The heading as it can be written inside a link, like Obsidian's {@code stripHeadingForLink}:
     * {@code : # | ^ \ %% [[ ]]} become spaces, whitespace collapses, case is kept. A lone {@code [} or
     * {@code ]} becomes a space too: "Footnote here[^1]" would give {@code [[Note#Footnote here[ 1]]]},
     * whose first {@code ]]} ends the link and leaves a stray {@code ]}; the heading comparison drops
     * brackets anyway, so {@code [[Note#Footnote here 1]]} reaches the same heading.
     */
    public static String linkable(String text) {
        String s = text.replace("%%", " ").replace("[[", " ").replace("]]", " ");
        StringBuilder sb = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (":#|^\\[]\r\n".indexOf(c) >= 0 || Character.isWhitespace(c)) {
                gap = true;
            } else {
                if (gap && sb.length() > 0) {
                    sb.append(' ');
                }
                gap = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    public static String of(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (STRIPPED.indexOf(c) >= 0 || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                gap = true;
            } else {
                if (gap && sb.length() > 0) {
                    sb.append(' ');
                }
                gap = false;
                sb.append(c);
            }
        }
        return Keys.fold(sb.toString());
    }
}
