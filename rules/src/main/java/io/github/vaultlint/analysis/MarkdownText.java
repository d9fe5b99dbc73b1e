package io.github.vaultlint.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns inline Markdown into plain text for reports, and pulls out **bold key phrases**. */
public final class MarkdownText {
    private static final Pattern WIKI = Pattern.compile("!?\\[\\[([^\\]|#]*)(?:#[^\\]|]*)?(?:\\|([^\\]]*))?\\]\\]");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern BOLD = Pattern.compile("(\\*\\*|__)(.+?)\\1");
    private static final Pattern EMPH = Pattern.compile("(?<![\\w*])([*_])(?!\\s)(.+?)(?<!\\s)\\1(?![\\w*])");
    private static final Pattern CODE = Pattern.compile("`+([^`]*)`+");
    private static final Pattern COMMENT = Pattern.compile("%%.*?%%|<!--.*?-->");
    private static final Pattern TASK = Pattern.compile("^\\[[ xX\\-/]\\]\\s*");

    private MarkdownText() {
    }

    public static String plain(String md) {
        if (md == null) {
            return "";
        }
        String s = COMMENT.matcher(md).replaceAll("");
        s = TASK.matcher(s).replaceFirst("");
        s = WIKI.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(2) != null ? m.group(2) : m.group(1)));
        s = LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = BOLD.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
        s = EMPH.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
        s = CODE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = s.replace("~~", "").replaceAll("(?m)^\\s*>\\s?", "");
        return s.replaceAll("\\s+", " ").strip();
    }

    /** The **bold** phrases of {@code md}, as plain text. */
    public static List<String> boldPhrases(String md) {
        List<String> out = new ArrayList<>();
        if (md == null) {
            return out;
        }
        Matcher m = BOLD.matcher(COMMENT.matcher(md).replaceAll(""));
        while (m.find()) {
            String p = plain(m.group(2));
            if (!p.isEmpty() && !out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }
}
