package io.github.vaultlint.report;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Note text in the job summary shows as itself: rendered by a CommonMark renderer, it is one plain paragraph. */
class MarkdownTest {
    private static final String HOSTILE = "<img src=\"https://example.invalid/track.png\"> Zebra [x](https://evil.invalid) | pipe "
            + "![i](https://evil.invalid/i.png) *em* __strong__ `code` <script>alert(1)</script> &amp; &#60; \\\\ "
            + "www.evil.invalid mail@evil.invalid\n# not a heading\n- not a list\u001b[31m red";

    private static String render(String md) {
        return HtmlRenderer.builder().build().render(Parser.builder().build().parse(md));
    }

    @Test
    void textRendersAsExactlyItsCharacters() {
        String html = render(Markdown.text(HOSTILE));
        assertTrue(html.startsWith("<p>") && html.endsWith("</p>\n") && html.indexOf("<p>", 1) < 0, html);
        for (String tag : new String[] {"<img", "<a ", "<script", "<em>", "<strong>", "<code>", "<h1", "<li"}) {
            assertFalse(html.contains(tag), tag + " in " + html);
        }
        // The renderer escapes text for HTML; undone, it is the original, with line breaks as spaces and ESC written out.
        String text = html.substring(3, html.length() - 5).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&");
        assertEquals(HOSTILE.replace('\n', ' ').replace("\u001b", "\\u001B"), text);
    }

    @Test
    void textEscapesWhatGfmAddsToCommonMark() {
        String t = Markdown.text("a | b https://evil.invalid www.evil.invalid x@evil.invalid ~~gone~~");
        assertEquals("a \\| b https\\:\\/\\/evil\\.invalid www\\.evil\\.invalid x\\@evil\\.invalid \\~\\~gone\\~\\~", t,
                "table pipes, bare-URL, www and e-mail autolinks and strikethrough are escaped");
    }

    @Test
    void codeSpanHoldsAnyTextVerbatim() {
        assertEquals("`target/vaultlint/vaultlint.html`", Markdown.code("target/vaultlint/vaultlint.html", false));
        assertEquals("``a`b``", Markdown.code("a`b", false));
        assertEquals("<p><code>`x`` y</code></p>\n", render(Markdown.code("`x`` y", false)));
        assertEquals("`a \\| b`", Markdown.code("a | b", true));
        assertEquals("`a\\u001B[31m b\\n`", Markdown.code("a\u001b[31m b\n", false));
    }
}
