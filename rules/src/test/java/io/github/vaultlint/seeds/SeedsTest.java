package io.github.vaultlint.seeds;

import io.github.vaultlint.testutil.Seeds;
import io.github.vaultlint.config.ConfigLoader;
import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.LintResult;
import io.github.vaultlint.engine.Linter;
import io.github.vaultlint.rule.Finding;
import io.github.vaultlint.rule.RuleRegistry;
import io.github.vaultlint.type.NoteTypes;
import io.github.vaultlint.vault.Note;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The five real notes the product is for, as a vault with the built-in note types: the only
 * frontmatter findings are the empty title (once, as empty-title) and the '#'-prefixed tags of the
 * two debriefs; the story bank, the mock interview and the practice log get none.
 */
class SeedsTest {
    /** The rules of the note-type issue, plus empty-title which owns the empty title. */
    private static final Set<String> RULES = Set.of("frontmatter-schema", "frontmatter-missing", "frontmatter-tags",
            "property-type", "deprecated-property", "frontmatter-syntax", "empty-title");
    private static final Map<String, String> NAMES = Map.of(
            "000", "Debriefs/Manus AI.md",
            "001", "Debriefs/ByteDance SRE.md",
            "002", "Behavior Interview.md",
            "003", "Mock Interview Day 4.md",
            "004", "Practice log 2025-05-30.md");

    @TempDir
    Path vault;

    private void copySeeds() throws IOException {
        Path dir = Seeds.locate();
        assumeTrue(dir != null, "shared/seeds not found next to the repository; seeds test skipped");
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.sorted().toList()) {
                String name = NAMES.get(f.getFileName().toString().substring(0, 3));
                if (name != null) {
                    Path target = vault.resolve(name);
                    Files.createDirectories(target.getParent());
                    Files.copy(f, target);
                }
            }
        }
        assumeTrue(Files.exists(vault.resolve(NAMES.get("004"))), "not all five seeds are present");
    }

    @Test
    void seedsGiveOnlyTheRealFrontmatterProblems() throws Exception {
        copySeeds();
        LintResult result = new Linter().run(LintOptions.of(vault));
        List<String> ours = result.findings().stream().filter(f -> RULES.contains(f.ruleId()))
                .map(SeedsTest::show).toList();
        assertEquals(List.of(
                "Debriefs/ByteDance SRE.md:2:1 empty-title",
                "Debriefs/ByteDance SRE.md:5:5 frontmatter-tags tag \"#real-interview\" starts with '#', which Obsidian does not accept in frontmatter; write it as real-interview",
                "Debriefs/Manus AI.md:2:1 empty-title",
                "Debriefs/Manus AI.md:5:5 frontmatter-tags tag \"#real-interview\" starts with '#', which Obsidian does not accept in frontmatter; write it as real-interview"),
                ours);
    }

    @Test
    void seedsGetTheirBuiltInTypes() throws Exception {
        copySeeds();
        LintResult result = new Linter().run(LintOptions.of(vault));
        NoteTypes types = NoteTypes.load(new ConfigLoader(RuleRegistry.builtin()).load(null, false), vault);
        Map<String, String> actual = new TreeMap<>();
        for (Note n : result.index().notes()) {
            actual.put(n.path(), types.typeOf(n).name());
        }
        assertEquals(new TreeMap<>(Map.of(
                "Debriefs/Manus AI.md", "debrief",
                "Debriefs/ByteDance SRE.md", "debrief",
                "Behavior Interview.md", "story-bank",
                "Mock Interview Day 4.md", "mock-interview",
                "Practice log 2025-05-30.md", "note")), actual);
    }

    private static String show(Finding f) {
        String head = f.file() + ":" + f.line() + ":" + f.column() + " " + f.ruleId();
        return f.ruleId().equals("empty-title") ? head : head + " " + f.message();
    }
}
