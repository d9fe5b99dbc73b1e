package io.github.vaultlint.maven;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.doxia.sink.Sink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The site page of the report goal: what it writes through the Doxia sink. */
@MojoTest
class ReportMojoTest {
    @TempDir
    Path tmp;

    /** Every text the page writes, in order, through a sink that records {@code text(String)}. */
    private static List<String> texts(ReportMojo mojo) throws Exception {
        List<String> texts = new ArrayList<>();
        Sink sink = (Sink) Proxy.newProxyInstance(Sink.class.getClassLoader(), new Class<?>[] {Sink.class}, (p, m, args) -> {
            if (m.getName().equals("text") && args != null && args.length > 0 && args[0] instanceof String) {
                texts.add((String) args[0]);
            }
            return null;
        });
        mojo.generate(sink, Locale.ROOT);
        return texts;
    }

    /**
     * Doxia escapes markup but not a bidi override: one in a file name, a link or a topic reversed
     * the rest of its list item (line, rule and message). Written out, as on the console.
     */
    @Test
    @InjectMojo(goal = "report")
    void bidiControlsFromNotesAreWrittenOut(ReportMojo mojo) throws Exception {
        Path vault = Files.createDirectories(tmp.resolve("vault"));
        String rlo = "\u202E";
        String debrief = "---\ntags: [real-interview]\ndate: %s\n---\n## Zzz " + rlo + "qwerty\n\n**What was asked:** a\n\n"
                + "**My answer:** b\n\n**What was weak:**\n- blah\n\n**How to improve:**\n- c\n";
        Files.writeString(vault.resolve("2025-10-01 a.md"), String.format(debrief, "2025-10-01"), StandardCharsets.UTF_8);
        Files.writeString(vault.resolve("2025-10-02 b.md"), String.format(debrief, "2025-10-02") + "\n[[Missing " + rlo + "eton]]\n",
                StandardCharsets.UTF_8);
        try {
            Files.writeString(vault.resolve("2025-10-03 " + rlo + "dm.exe.md"), "[[Nowhere]]\n", StandardCharsets.UTF_8);
        } catch (InvalidPathException e) {
            // a file system that refuses the character: the topic and the message still carry one
        }
        mojo.vault = vault.toFile();
        mojo.setReportOutputDirectory(tmp.resolve("site").toFile());

        List<String> texts = texts(mojo);

        String all = String.join("\n", texts);
        assertFalse(all.contains(rlo), "a bidi override reached the page: " + all);
        assertTrue(texts.contains("Zzz \\u202Eqwerty"), "the recurring topic, written out: " + texts);
        assertTrue(all.contains("[[Missing \\u202Eeton]]"), "the finding's message, written out: " + all);
    }

    /** The page counted "1 warnings, 0 infos" and "1 interviews": counts read as the console's summary does. */
    @Test
    @InjectMojo(goal = "report")
    void countsOfOneAreSingular(ReportMojo mojo) throws Exception {
        Path vault = Files.createDirectories(tmp.resolve("vault"));
        Files.writeString(vault.resolve("2025-12-02 Lumen Pay.md"), "---\ntitle: Lumen Pay\ntags: [real-interview]\ndate: 2025-12-02\n---\n"
                + "## Kafka lag\n\n### What I was asked\n- alerting\n\n### How I responded\n- a threshold\n\n### What was correct\n- per partition\n\n"
                + "### What was weak\n- burn rates\n\n### How I should improve\n- [ ] read on burn-rate alerts\n\n##\n", StandardCharsets.UTF_8);
        mojo.vault = vault.toFile();
        mojo.setReportOutputDirectory(tmp.resolve("site").toFile());

        String summary = texts(mojo).stream().filter(t -> t.contains(" recurring weak topic")).findFirst().orElseThrow();

        assertTrue(summary.startsWith("1 note, 1 file: 0 errors, 1 warning, 0 info. 1 interview, 0 recurring weak topics, 1 open action."),
                summary);
    }
}
