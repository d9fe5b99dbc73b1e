package io.github.vaultlint.analysis;

import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.Linter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Topics made from section titles: one topic however each note writes the title. */
class TopicNamesTest {
    @TempDir
    Path vault;

    private static final String DEBRIEF = "---\ntags: [real-interview]\ncompany: %s\ndate: %s\n---\n## %s\n\n"
            + "### What I was asked\n- q\n\n### How I responded\n- r\n\n### What was weak\n- zzqx yyqx\n\n"
            + "### How I should improve\n- [ ] wwqx\n";

    private void debrief(String file, String company, String date, String title) throws IOException {
        Files.writeString(vault.resolve(file), String.format(DEBRIEF, company, date, title));
    }

    @Test
    void cleanStripsMarkdownSpacesAndATrailingColon() {
        assertEquals("Zorblax Pipeline", TopicNames.clean("**Zorblax Pipeline**"));
        assertEquals("zorblax pipeline", TopicNames.clean(" zorblax \t pipeline: "));
        assertEquals("Zorblax pipeline", TopicNames.clean("Zorblax pipeline"));
        assertEquals("Q&A: part 2", TopicNames.clean("_Q&A: part 2_ :"));
        assertEquals("", TopicNames.clean("**"));
        String plain = "Already clean";
        assertSame(plain, TopicNames.clean(plain), "no copy of a clean title");
    }

    @Test
    void keyIgnoresCaseEmphasisPunctuationAndNumbering() {
        String k = TopicNames.key("Zorblax Pipeline");
        for (String form : List.of("zorblax  pipeline:", "**Zorblax Pipeline**", "Zorblax pipeline", "1. Zorblax Pipeline",
                "ZORBLAX PIPELINE?")) {
            assertEquals(k, TopicNames.key(form), form);
        }
        assertTrue(!k.equals(TopicNames.key("Zorblax Pipes")), "different words stay different topics");
    }

    @Test
    void keyTakesTheLastWordInTheSingular() {
        assertEquals(TopicNames.key("Feature flag"), TopicNames.key("Feature Flags"));
        assertEquals(TopicNames.key("Zorblax Pipeline"), TopicNames.key("zorblax pipelines:"));
        assertEquals(TopicNames.key("Retry strategy"), TopicNames.key("Retry strategies"));
        assertEquals(TopicNames.key("Cache"), TopicNames.key("Caches"));
        for (String same : List.of("Access", "Status", "Analysis", "DNS", "Ops", "Kafka", "v2s")) {
            assertEquals(same.toLowerCase(java.util.Locale.ROOT), TopicNames.key(same), "not a plural: " + same);
        }
    }

    @Test
    void anInterviewWithoutADateIsNotTheEarliest() throws Exception {
        Files.writeString(vault.resolve("Beta.md"), String.format(DEBRIEF, "Beta", "x", "feature flags").replace("date: x\n", ""));
        debrief("a.md", "Alpha", "2025-01-10", "Feature Flags");
        Insights in = new Linter().run(LintOptions.of(vault)).insights();
        assertEquals(List.of("Alpha", "Beta"), in.interviews().stream().map(i -> i.meta().company()).toList(),
                "dated interviews first, the one with no date after them");
        assertEquals(List.of("Feature Flags"), in.topics().stream().map(TopicInsight::name).toList(),
                "a tie is named as the earliest dated interview writes it");
        assertEquals(List.of("Alpha", "Beta"), in.topics().get(0).interviews().stream().map(i -> i.meta().company()).toList());
    }

    @Test
    void aTopicWrittenInTheSingularAndThePluralIsOneRecurringTopic() throws Exception {
        debrief("a.md", "Alpha", "2025-01-01", "Feature Flags");
        debrief("b.md", "Beta", "2025-02-01", "Feature flag");
        Insights in = new Linter().run(LintOptions.of(vault)).insights();
        assertEquals(List.of("Feature Flags"), in.topics().stream().map(TopicInsight::name).toList(), "first seen on a tie");
        assertTrue(in.topics().get(0).recurring());
        assertEquals(2, in.topics().get(0).weakCount());
    }

    @Test
    void titleFormsOfOneTopicAreOneRecurringTopic() throws Exception {
        debrief("a.md", "Alpha", "2025-01-01", "Zorblax Pipeline");
        debrief("b.md", "Beta", "2025-02-01", "zorblax  pipeline:");
        debrief("c.md", "Gamma", "2025-03-01", "**Zorblax Pipeline**");
        debrief("d.md", "Delta", "2025-04-01", "Zorblax pipeline");
        Insights in = new Linter().run(LintOptions.of(vault)).insights();
        assertEquals(List.of("Zorblax Pipeline"), in.topics().stream().map(TopicInsight::name).toList(),
                "one topic, named by its most frequent form");
        TopicInsight t = in.topics().get(0);
        assertEquals(4, t.weakCount());
        assertEquals(List.of("Alpha", "Beta", "Gamma", "Delta"), t.interviews().stream().map(i -> i.meta().company()).toList());
        assertTrue(t.recurring());
        assertEquals(4, t.actions().size());
        for (Interview iv : in.interviews()) {
            assertEquals(List.of("Zorblax Pipeline"), iv.weak().get(0).topics(), "items carry the topic's name: " + iv.file());
            assertSame(iv.actions().get(0), in.actions().stream().filter(a -> a.file().equals(iv.file())).findFirst().orElseThrow(),
                    "an interview's action is the same item in the vault's action list");
        }
    }

    @Test
    void aTieKeepsTheFirstSeenFormAndATaxonomyNameWins() throws Exception {
        debrief("a.md", "Alpha", "2025-01-01", "zorblax pipeline");
        debrief("b.md", "Beta", "2025-02-01", "Zorblax Pipeline");
        Files.writeString(vault.resolve(".vaultlint.yml"), "taxonomy:\n  Time travel: [\"flux*\"]\n");
        debrief("c.md", "Gamma", "2025-03-01", "TIME TRAVEL:");
        Insights in = new Linter().run(LintOptions.of(vault)).insights();
        List<String> names = in.topics().stream().map(TopicInsight::name).toList();
        assertEquals(List.of("zorblax pipeline", "Time travel"), names, "first seen (earliest interview) on a tie");
    }
}
