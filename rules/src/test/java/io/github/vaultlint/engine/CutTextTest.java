package io.github.vaultlint.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vaultlint.rule.Finding;
import io.github.vaultlint.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Note text quoted in a message or a report is cut to a length; an emoji (two UTF-16 chars) right at
 * the cut must not be halved: half a surrogate pair is no character, and the HTML report, the step
 * summary and strict JSON readers refuse it. Here an emoji sits exactly at every cut.
 */
class CutTextTest {
    private static final String E = "\uD83D\uDE00"; // 😀

    @Test
    void anEmojiAtACutIsKeptWholeOrLeftOutInEveryOutput(@TempDir Path dir) throws Exception {
        Path vault = dir.resolve("vault");
        Files.createDirectories(vault);
        // A broken wikilink's raw text is cut at 117 chars ("[[" + 114 + emoji at 116) and its target at 77.
        String link = "[[" + "a".repeat(114) + E + " and more words]]";
        String target = "b".repeat(76) + E + "c".repeat(10);
        // An unknown rule id in the vaultlint property, quoted in its message.
        String disable = "d".repeat(38) + E + "e".repeat(10);
        // An action is shown on the page's action plan cut at 399 chars.
        String act = "Read about Kubernetes " + "f".repeat(376) + E + " the rest";
        Files.writeString(vault.resolve("2025-10-01 Acme.md"), "---\ntags: [real-interview]\ndate: 2025-10-01\nvaultlint:\n  disable: "
                + disable + "\n---\n## Kubernetes\n### What I was asked\n- pods\n### How I responded\n- ok\n### What was weak\n- scheduling\n"
                + "### How I should improve\n- " + act + "\n\n" + link + "\n\n[[" + target + "]]\n"
                + "g".repeat(199) + E + " [[Missing]]\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        Path summary = dir.resolve("summary.md");
        Check.Outcome o = new Check(new Linter()).run(new Check.Options(LintOptions.of(vault), out, EnumSet.allOf(Format.class),
                Severity.ERROR, 1000, null, false, true,
                Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString())));

        String messages = String.join("\n", o.result().findings().stream().map(Finding::message).toList());
        assertTrue(messages.contains("a".repeat(114) + "..."), messages);
        assertTrue(messages.contains("b".repeat(76) + "..."), messages);
        assertTrue(messages.contains("d".repeat(38) + E + "e".repeat(10)), "a rule id is quoted whole: " + messages);
        for (String line : o.console().stream().map(Check.Line::text).toList()) {
            assertFalse(halves(line), line);
        }
        for (String line : o.stdout()) {
            assertFalse(halves(line), line);
        }
        for (String file : new String[] {"vaultlint.json", "vaultlint.sarif", "vaultlint.html", "vaultlint-junit.xml"}) {
            String text = strictUtf8(Files.readAllBytes(out.resolve(file)));
            assertFalse(text.contains("\\uD83D\""), file + " has half an emoji, escaped");
            assertFalse(text.contains("\uFFFD"), file + " has a replacement character");
        }
        assertTrue(strictUtf8(Files.readAllBytes(out.resolve("vaultlint.html"))).contains("f".repeat(376) + "\u2026"));
        assertTrue(strictUtf8(Files.readAllBytes(summary)).contains("vaultlint"));
        new ObjectMapper().readTree(out.resolve("vaultlint.json").toFile());
        new ObjectMapper().readTree(out.resolve("vaultlint.sarif").toFile());
        assertEquals("testsuites", DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(out.resolve("vaultlint-junit.xml").toFile()).getDocumentElement().getTagName());
    }

    /** Whether {@code s} has a surrogate without its partner. */
    private static boolean halves(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1)))) {
                return true;
            }
            if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static String strictUtf8(byte[] bytes) throws Exception {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }
}
