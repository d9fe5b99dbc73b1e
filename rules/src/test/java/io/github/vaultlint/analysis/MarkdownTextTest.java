package io.github.vaultlint.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MarkdownTextTest {

    @Test
    void stripsInlineMarkdown() {
        assertEquals("Couldn’t explain how cross-region routing works", MarkdownText.plain("Couldn’t explain **how** cross-region routing works"));
        assertEquals("see Kubernetes notes and the HPA doc", MarkdownText.plain("see [[Kubernetes#Scheduling|Kubernetes notes]] and [the HPA doc](https://x.io/a_(b))"));
        assertEquals("read Kubernetes first", MarkdownText.plain("read [[Kubernetes#Scheduling]] first"));
        assertEquals("use kubectl describe and snake_case names", MarkdownText.plain("use `kubectl describe` and snake_case names"));
        assertEquals("emphasis and strike", MarkdownText.plain("_emphasis_ and ~~strike~~"));
        assertEquals("Study the scheduler", MarkdownText.plain("[ ] Study the scheduler %% private note %%"));
        assertEquals("quoted answer over two lines", MarkdownText.plain("> quoted answer\n> over   two lines"));
        assertEquals("a diagram.png and a caption", MarkdownText.plain("a ![[diagram.png|300]] and ![[chart.png|a caption]]"));
        assertEquals("", MarkdownText.plain(null));
        assertEquals("unclosed [[link", MarkdownText.plain("unclosed [[link"));
    }

    @Test
    void boldPhrases() {
        assertEquals(List.of("horizontal scaling", "sharding, multi-exporter"),
                MarkdownText.boldPhrases("Provide a concrete **horizontal scaling** plan with **sharding, multi-exporter** and **horizontal scaling**"));
        assertEquals(List.of("VPC mental model"), MarkdownText.boldPhrases("Build a __VPC mental model__ %% **not this** %%"));
        assertEquals(List.of(), MarkdownText.boldPhrases("no bold here, only *emphasis*"));
    }
}
