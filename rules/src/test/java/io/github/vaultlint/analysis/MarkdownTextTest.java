package io.github.vaultlint.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MarkdownTextTest {

    @Test
    void stripsInlineMarkdown() {
        assertEquals("Couldn’t explain how cross-region routing works", MarkdownText.plain("Couldn’t explain **how** cross-region routing works"));
        assertEquals("see Kubernetes notes and the HPA doc", MarkdownText.plain("see [[Kubernetes#Scheduling|Kubernetes notes]] and [the HPA doc](https://x.io/a_(b))"));
        assertEquals("read Kubernetes > Scheduling first", MarkdownText.plain("read [[Kubernetes#Scheduling]] first"));
        assertEquals("use kubectl describe and snake_case names", MarkdownText.plain("use `kubectl describe` and snake_case names"));
        assertEquals("emphasis and strike", MarkdownText.plain("_emphasis_ and ~~strike~~"));
        assertEquals("Study the scheduler", MarkdownText.plain("[ ] Study the scheduler %% private note %%"));
        assertEquals("quoted answer over two lines", MarkdownText.plain("> quoted answer\n> over   two lines"));
        assertEquals("a diagram.png and a caption", MarkdownText.plain("a ![[diagram.png|300]] and ![[chart.png|a caption]]"));
        assertEquals("", MarkdownText.plain(null));
        assertEquals("unclosed [[link", MarkdownText.plain("unclosed [[link"));
    }

    @Test
    void highlightsAndBlockIdsShowAsObsidianShowsThem() {
        assertEquals("Ignored the blast radius of the change", MarkdownText.plain("Ignored the ==blast radius== of the change"));
        assertEquals("Did not talk about remote state and locking", MarkdownText.plain("Did not talk about remote state and locking ^weak1"));
        assertEquals("first line second line", MarkdownText.plain("first line ^a-1\nsecond line"), "a block id ends its line");
        assertEquals("a == b and x==y and 2^10 and ^ not-an-id", MarkdownText.plain("a == b and x==y and 2^10 and ^ not-an-id"),
                "no closing mark, no id at a line's end: text as written");
        assertEquals("a === b", MarkdownText.plain("a === b"));
        assertEquals("== spaced == stays", MarkdownText.plain("== spaced == stays"), "a mark next to a space opens no highlight");
        assertEquals("see cost notes", MarkdownText.plain("see ==[[Cost|cost notes]]=="));
    }

    @Test
    void autolinksAndReferenceLinksShowWhatObsidianShows() {
        assertEquals("Read the VPC docs and the NAT page before next time",
                MarkdownText.plain("Read [the VPC docs][vpc] and [the NAT page][] before next time"));
        assertEquals("SLO doc https://sre.google/workbook/implementing_slos/ and ops@example.com unclear",
                MarkdownText.plain("SLO doc <https://sre.google/workbook/implementing_slos/> and <ops@example.com> unclear"));
        assertEquals("p99 < 100ms and <not a link> and [draft] stay", MarkdownText.plain("p99 < 100ms and <not a link> and [draft] stay"),
                "no autolink, no reference link: text as written");
        assertEquals("a diagram", MarkdownText.plain("a ![diagram][arch]"));
    }

    @Test
    void codeSpansAreKeptVerbatim() {
        String task = "[ ] Learn how Prometheus `topk(count by (__name__))` finds the worst metric";
        assertEquals("Learn how Prometheus topk(count by (__name__)) finds the worst metric", MarkdownText.plain(task));
        assertEquals(List.of(), MarkdownText.boldPhrases(task), "__name__ in code is no bold phrase");
        assertEquals("a *b* [[c]] %% d %% e", MarkdownText.plain("`a *b* [[c]] %% d %% e`"), "nothing inside is markup");
        assertEquals("use `x` here", MarkdownText.plain("use `` `x` `` here"), "a longer run holds backticks, one space off each end");
        assertEquals("a b c", MarkdownText.plain("`a\nb` c"), "a line ending in code is a space");
        assertEquals("unclosed code", MarkdownText.plain("unclosed `code"), "a lone backtick is dropped as before");
        assertEquals(List.of("kubectl top"), MarkdownText.boldPhrases("`**not bold**` and **`kubectl top`**"));
    }

    @Test
    void textThatOnlyLooksLikeMarkupIsKept() {
        assertEquals("2 * 3 and *not em* and C:\\Users", MarkdownText.plain("2 \\* 3 and \\*not em\\* and C:\\Users"), "escapes");
        assertEquals("line break", MarkdownText.plain("line\\\nbreak"), "a backslash hard break");
        assertEquals("cost 2 * 3 = 6, fill in ____ here", MarkdownText.plain("cost 2 * 3 = 6, fill in ____ here"), "spaces around: no emphasis");
        assertEquals("O(nm)", MarkdownText.plain("O(n*m)"), "paired stars between letters are emphasis, as Obsidian shows them");
        assertEquals("snake_case_name", MarkdownText.plain("snake_case_name"));
        assertEquals("see https://example.com/some_path_/x and https://x.io/_next/a*b", MarkdownText.plain(
                "see https://example.com/some_path_/x and https://x.io/_next/a*b"), "bare URLs keep their underscores and stars");
        assertEquals("read https://x.io/a_b", MarkdownText.plain("read **https://x.io/a_b**"), "emphasis around a URL is not part of it");
        assertEquals("alias Scaling s Note > Heading", MarkdownText.plain("[[Note#Heading|alias]] [[#Scaling]] [[#Scaling|s]] [[Note#Heading]]"),
                "a link to a heading of the same note reads as the heading; of another note, as Obsidian shows it");
        assertEquals("reread Kafka > Transactions > Fencing, then Kafka > ^b1 and Design",
                MarkdownText.plain("reread [[Kafka#Transactions#Fencing]], then ![[Kafka#^b1]] and [[Design#Heading|Design]]"));
        assertEquals("Q&A & <b> 'x' \u00A0y \u00A9 &bogus; \uD83D\uDE00 \uFFFD",
                MarkdownText.plain("Q&A &amp; &lt;b&gt; &#39;x&#39; &nbsp;y &copy; &bogus; &#x1F600; &#0;"), "character references");
        assertEquals("&amp;", MarkdownText.plain("`&amp;`"), "none in code");
        assertEquals(List.of(), MarkdownText.boldPhrases("\\**not bold\\**"));
    }

    @Test
    void boldPhrases() {
        assertEquals(List.of("horizontal scaling", "sharding, multi-exporter"),
                MarkdownText.boldPhrases("Provide a concrete **horizontal scaling** plan with **sharding, multi-exporter** and **horizontal scaling**"));
        assertEquals(List.of("VPC mental model"), MarkdownText.boldPhrases("Build a __VPC mental model__ %% **not this** %%"));
        assertEquals(List.of(), MarkdownText.boldPhrases("no bold here, only *emphasis*"));
    }
}
