package io.github.vaultlint.rule;

import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.LintResult;
import io.github.vaultlint.engine.Linter;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs every fixture vault under {@code src/test/resources/fixtures/<name>/} and compares the
 * findings with the expectations written in the notes:
 * <ul>
 *   <li>{@code %% expect: rule-a, rule-b %%} on the offending line;</li>
 *   <li>{@code %% expect-next-line: rule-a %%} when the comment cannot share the line
 *       (frontmatter, code blocks, headings whose text would change);</li>
 *   <li>{@code expected.txt} in the fixture folder, lines of {@code path:line rule-id}, for files that
 *       cannot carry a comment (binary, invalid UTF-8, attachments, app.json).</li>
 * </ul>
 * Each fixture folder is linted as one vault, so cross-note cases are just more files. A missing
 * finding and an unexpected one both fail. Adding a case means adding a file, not Java.
 */
class FixtureTest {
    private static final Pattern EXPECT = Pattern.compile("%%\\s*expect(-next-line)?:\\s*([a-z0-9, -]+?)\\s*%%");

    static Path fixturesRoot() {
        try {
            return Paths.get(FixtureTest.class.getResource("/fixtures").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> fixtures() throws IOException {
        List<Path> dirs;
        try (Stream<Path> s = Files.list(fixturesRoot())) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(!dirs.isEmpty(), "no fixture folders found");
        return dirs.stream().map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> check(d)));
    }

    /** Every registered rule has a fixture folder that shows it firing and a note where it stays quiet. */
    @Test
    void everyRuleHasViolationAndCleanFixtures() throws IOException {
        for (RuleRegistry.Entry e : RuleRegistry.builtin().all()) {
            Path dir = fixturesRoot().resolve(e.id());
            assertTrue(Files.isDirectory(dir), "rule " + e.id() + " has no fixture folder " + dir);
            TreeMap<String, Integer> expected = expectations(dir);
            assertTrue(expected.keySet().stream().anyMatch(k -> k.endsWith(" " + e.id())),
                    "fixtures/" + e.id() + " never expects " + e.id());
            boolean clean;
            try (Stream<Path> s = Files.walk(dir)) {
                clean = s.filter(p -> p.toString().endsWith(".md")).anyMatch(p -> !read(p).contains("expect"));
            }
            assertTrue(clean, "fixtures/" + e.id() + " has no clean note (one without expectations)");
        }
    }

    static void check(Path dir) throws Exception {
        LintResult result = new Linter().run(LintOptions.of(dir));
        TreeMap<String, Integer> actual = new TreeMap<>();
        for (Finding f : result.findings()) {
            actual.merge(f.file() + ":" + f.line() + " " + f.ruleId(), 1, Integer::sum);
        }
        TreeMap<String, Integer> expected = expectations(dir);
        Set<String> keys = new TreeSet<>(actual.keySet());
        keys.addAll(expected.keySet());
        List<String> problems = new ArrayList<>();
        for (String k : keys) {
            int a = actual.getOrDefault(k, 0);
            int e = expected.getOrDefault(k, 0);
            if (a > e) {
                problems.add("unexpected " + k + messages(result, k));
            } else if (a < e) {
                problems.add("missing    " + k);
            }
        }
        if (!problems.isEmpty()) {
            fail("fixture " + dir.getFileName() + ":\n  " + String.join("\n  ", problems));
        }
        assertEquals(expected, actual);
    }

    private static String messages(LintResult result, String key) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : result.findings()) {
            if ((f.file() + ":" + f.line() + " " + f.ruleId()).equals(key)) {
                sb.append("\n      ").append(f.column()).append(": ").append(f.message());
            }
        }
        return sb.toString();
    }

    static TreeMap<String, Integer> expectations(Path dir) throws IOException {
        TreeMap<String, Integer> out = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path p : files) {
            String rel = dir.relativize(p).toString().replace('\\', '/');
            if (rel.equals("expected.txt")) {
                for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    String t = line.strip();
                    if (t.isEmpty() || t.startsWith("#")) {
                        continue;
                    }
                    int sp = t.lastIndexOf(' ');
                    out.merge(t.substring(0, sp).strip() + " " + t.substring(sp + 1), 1, Integer::sum);
                }
                continue;
            }
            if (!rel.endsWith(".md") || rel.startsWith(".")) {
                continue;
            }
            String[] lines = read(p).split("\r\n|\r|\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = EXPECT.matcher(lines[i]);
                while (m.find()) {
                    int line = m.group(1) != null ? i + 2 : i + 1;
                    for (String id : m.group(2).split(",")) {
                        if (!id.isBlank()) {
                            out.merge(rel + ":" + line + " " + id.strip(), 1, Integer::sum);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static String read(Path p) {
        try {
            return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
