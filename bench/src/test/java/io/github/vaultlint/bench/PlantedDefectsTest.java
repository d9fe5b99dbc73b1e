package io.github.vaultlint.bench;

import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.LintResult;
import io.github.vaultlint.engine.Linter;
import io.github.vaultlint.rule.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The linter finds every defect planted in a generated 1k-note vault, and nothing else. */
class PlantedDefectsTest {

    @Test
    void everyPlantedDefectIsFoundAndNothingElse(@TempDir Path dir) throws Exception {
        List<VaultGenerator.Defect> planted = new VaultGenerator(7, 1000, 5).generate(dir);
        assertTrue(planted.size() > 20, "the generator should plant a known fraction of defects: " + planted.size());

        LintResult result = new Linter().run(LintOptions.of(dir));
        TreeSet<String> expected = new TreeSet<>();
        for (VaultGenerator.Defect d : planted) {
            expected.add(d.path() + ":" + d.line() + " " + d.ruleId());
        }
        TreeSet<String> actual = new TreeSet<>();
        List<String> messages = new ArrayList<>();
        for (Finding f : result.findings()) {
            actual.add(f.file() + ":" + f.line() + " " + f.ruleId());
            if (!expected.contains(f.file() + ":" + f.line() + " " + f.ruleId())) {
                messages.add(f.file() + ":" + f.line() + " " + f.ruleId() + " " + f.message());
            }
        }
        TreeSet<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        assertTrue(missing.isEmpty(), "planted but not found: " + missing);
        assertTrue(messages.isEmpty(), "found but not planted: " + messages.subList(0, Math.min(20, messages.size())));
        assertEquals(expected, actual);
        assertEquals(1000, result.summary().notes());
    }

    @Test
    void generationIsDeterministic(@TempDir Path a, @TempDir Path b) throws Exception {
        new VaultGenerator(3, 60, 10).generate(a);
        new VaultGenerator(3, 60, 10).generate(b);
        assertEquals(Files.readString(a.resolve(VaultGenerator.GROUND_TRUTH)), Files.readString(b.resolve(VaultGenerator.GROUND_TRUTH)));
        try (var s = Files.walk(a)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                assertEquals(-1L, Files.mismatch(p, b.resolve(a.relativize(p))), "differs: " + a.relativize(p));
            }
        }
    }
}
