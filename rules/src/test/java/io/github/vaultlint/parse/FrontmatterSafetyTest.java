package io.github.vaultlint.parse;

import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.Linter;
import io.github.vaultlint.rule.Finding;
import io.github.vaultlint.vault.Note;
import io.github.vaultlint.vault.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile frontmatter (alias bombs, megabytes of YAML, absurd nesting) gives exactly one
 * frontmatter-syntax finding, quickly, and never an OutOfMemoryError, a stack overflow or a hang.
 */
class FrontmatterSafetyTest {
    private static final NoteParser PARSER = new NoteParser();
    /**
     * A guard against blow-ups, not a benchmark: the inputs parse in tens of ms once the JIT has seen
     * them, while an exponential or quadratic step on them takes minutes. Generous, so a loaded CI
     * machine (the 500 ms this was once failed at a load of 9 on two cores) never fails it.
     */
    private static final long PARSE_BUDGET_MS = 5_000;

    @TempDir
    Path vault;

    @BeforeAll
    static void warmUp() {
        for (int i = 0; i < 20; i++) {
            PARSER.parse("warm.md", true, "---\ntitle: x\ntags: [a, b]\n---\n# Heading\n\ntext [[link]]\n");
        }
    }

    static String aliasBomb() {
        StringBuilder sb = new StringBuilder("---\nl0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            sb.append("l").append(i).append(": &l").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                sb.append(j == 0 ? "" : ", ").append("*l").append(i - 1);
            }
            sb.append("]\n");
        }
        return sb.append("---\nbody\n").toString();
    }

    /** Fewer aliases than the alias limit (18 of 20), but still an expansion to 36,450 values. */
    static String smallAliasBomb() {
        StringBuilder sb = new StringBuilder("---\na0: &a0 [").append("x, ".repeat(49)).append("x]\n");
        for (int i = 1; i <= 6; i++) {
            sb.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a").append(i - 1)
                    .append(", *a").append(i - 1).append("]\n");
        }
        return sb.append("---\nbody\n").toString();
    }

    static String fiveMegabytes() {
        StringBuilder sb = new StringBuilder(5 * 1024 * 1024 + 100).append("---\n");
        int i = 0;
        while (sb.length() < 5 * 1024 * 1024) {
            sb.append("key").append(i++).append(": some value that fills the frontmatter up\n");
        }
        return sb.append("---\nbody\n").toString();
    }

    static String deepFlow() {
        return "---\ndeep: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n---\nbody\n";
    }

    static String deepBlock() {
        StringBuilder sb = new StringBuilder("---\n");
        for (int i = 0; i < 2000; i++) {
            sb.append(" ".repeat(i)).append("k").append(i).append(":\n");
        }
        return sb.append(" ".repeat(2000)).append("leaf: 1\n---\nbody\n").toString();
    }

    private static void assertOneSyntaxProblemFast(String text) {
        // The first pass warms the JIT up on this input (and guards against a hang); the second is timed.
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> PARSER.parse("bad.md", true, text));
        long t0 = System.nanoTime();
        Note note = PARSER.parse("bad.md", true, text);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        List<Problem> problems = note.problems();
        assertEquals(1, problems.size(), "problems: " + problems);
        assertEquals("frontmatter-syntax", problems.get(0).ruleId());
        assertNull(note.frontmatter().root(), "nothing of the hostile YAML is kept");
        assertTrue(ms < PARSE_BUDGET_MS, "parsing took " + ms + " ms");
    }

    @Test
    void billionLaughs() {
        assertOneSyntaxProblemFast(aliasBomb());
    }

    @Test
    void aliasExpansionBelowTheAliasLimit() {
        assertOneSyntaxProblemFast(smallAliasBomb());
    }

    @Test
    void fiveMegabyteFrontmatter() {
        assertOneSyntaxProblemFast(fiveMegabytes());
    }

    @Test
    void deeplyNestedFlowValue() {
        assertOneSyntaxProblemFast(deepFlow());
    }

    @Test
    void deeplyNestedBlockValue() {
        assertOneSyntaxProblemFast(deepBlock());
    }

    /** Through the whole pipeline: every rule runs, and the only finding is the one syntax error per note. */
    @Test
    void wholeRunGivesOneFindingPerHostileNote() throws Exception {
        Files.writeString(vault.resolve("bomb.md"), aliasBomb());
        Files.writeString(vault.resolve("small-bomb.md"), smallAliasBomb());
        Files.writeString(vault.resolve("huge.md"), fiveMegabytes());
        Files.writeString(vault.resolve("deep-flow.md"), deepFlow());
        Files.writeString(vault.resolve("deep-block.md"), deepBlock());
        List<Finding> findings = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> new Linter().run(LintOptions.of(vault)).findings());
        assertEquals(List.of("bomb.md frontmatter-syntax", "deep-block.md frontmatter-syntax",
                        "deep-flow.md frontmatter-syntax", "huge.md frontmatter-syntax", "small-bomb.md frontmatter-syntax"),
                findings.stream().map(f -> f.file() + " " + f.ruleId()).toList());
    }
}
