package io.github.vaultlint.parse;

import io.github.vaultlint.bench.SyntheticVault;
import io.github.vaultlint.testutil.Seeds;
import io.github.vaultlint.vault.Frontmatter;
import io.github.vaultlint.vault.Link;
import io.github.vaultlint.vault.Problem;
import io.github.vaultlint.vault.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fast frontmatter reader against SnakeYAML: whenever it takes a frontmatter, the model, the
 * problems, the frontmatter links and the tags must be exactly those of the SnakeYAML path.
 */
class SimpleYamlTest {

    private record Parsed(Frontmatter fm, List<Problem> problems, List<Link> links, List<Tag> tags) {
    }

    private static Parsed parse(String yaml, boolean fast) {
        List<Problem> problems = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        List<Tag> tags = new ArrayList<>();
        FrontmatterParser p = new FrontmatterParser(problems, links, tags, 2);
        p.useFastPath = fast;
        int lines = (int) yaml.chars().filter(c -> c == '\n').count();
        return new Parsed(p.parse(yaml, 1, lines + 2), problems, links, tags);
    }

    /** True when the fast reader took {@code yaml}; fails when it reads it differently. */
    private static boolean same(String yaml) {
        boolean taken = SimpleYaml.read(yaml) != null;
        if (taken) {
            Parsed slow = parse(yaml, false);
            Parsed fast = parse(yaml, true);
            assertEquals(slow, fast, "differs on:\n----\n" + yaml + "----");
        }
        return taken;
    }

    /** The frontmatter of each note (between the fences, as NoteParser cuts it). */
    private static List<String> frontmatters(List<String> notes) {
        List<String> out = new ArrayList<>();
        for (String t : notes) {
            if (t.startsWith("---\n")) {
                int close = t.indexOf("\n---", 3);
                if (close > 0) {
                    out.add(t.substring(4, close + 1));
                }
            }
        }
        return out;
    }

    private static List<String> notes() throws Exception {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Paths.get(SimpleYamlTest.class.getResource("/fixtures").toURI()))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                out.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
            }
        }
        Path seeds = Seeds.locate();
        if (seeds != null) {
            try (Stream<Path> s = Files.list(seeds)) {
                for (Path p : s.sorted().toList()) {
                    out.add(Files.readString(p));
                }
            }
        }
        out.addAll(new SyntheticVault(9, 200, 6).render(Set.of()).notes().values());
        return out;
    }

    @Test
    void typicalFrontmatterIsTakenAndReadTheSame() {
        String yaml = "title: Acme interview\ndraft: false\ntags:\n  - real-interview\n  - \"sre/2025\"\ndate: 2024-01-01\n"
                + "company: Acme 7\nrole: Site Reliability Engineer\nrelated: \"[[Kubernetes#Scheduling|k8s]]\"\nempty:\n"
                + "score: 7\nratio: 0.5\nnone: ~\nlist:\n- a\n- 'b c'\nurl: https://example.com/a:b\n";
        assertTrue(same(yaml), "the usual frontmatter is read without SnakeYAML");
        Parsed p = parse(yaml, true);
        assertEquals(1, p.links().size());
        assertEquals(List.of("real-interview", "sre/2025"), p.tags().stream().map(Tag::name).toList());
    }

    @Test
    void everythingElseGoesToSnakeYaml() {
        for (String y : List.of("a: 1 # comment\n", "a: [x, y]\n", "a:\n  b: 1\n", "a: |\n  text\n", "a: \"x\\ty\"\n",
                "a: 'it''s'\n", "a: 1\na: 2\n", "a: -1\n", "a:\n\nb: 1\n", "a: x\n  continued\n", "a: \"open\n",
                "a:\n  - x\n    y\n", "a: *ref\n", "a : 1\n", "tags: [[link]]\n", "\ta: 1\n", "a: 1")) {
            assertNull(SimpleYaml.read(y), y);
            assertNotNull(parse(y, true).fm());
        }
    }

    @Test
    void fixtureSeedAndSyntheticFrontmattersReadTheSame() throws Exception {
        int taken = 0;
        List<String> all = frontmatters(notes());
        for (String y : all) {
            taken += same(y) ? 1 : 0;
        }
        assertTrue(taken > all.size() / 2, "taken " + taken + " of " + all.size());
    }

    @Test
    void randomAndEditedFrontmattersReadTheSame() throws Exception {
        String[] keys = {"title", "date", "tags", "company", "a b", "x", "related", "draft", "2024", "n"};
        String[] values = {"", " v", " Acme 7", " 2024-01-01", " \"q\"", " 'q'", " \"[[L]]\"", " yes", " 12", " 0.5", " ~",
                " a:b", " a: b", " x #c", " [a]", " -1", " é😀", " \"a\" b", "   spaced   ", " null", " .inf", " 'it''s'"};
        String[] items = {"- a", "  - a", "  - \"b c\"", "- 'x'", "-", "  -  pad", "    - deep", "- - n", "- k: v", "- [[L]]"};
        String[] snippets = {"\n", " ", "-", ":", "#", "\"", "'", "[", "]", "\t", "  ", "- ", "\n  - "};
        Random r = new Random(Long.getLong("vaultlint.fuzz.seed", 3));
        int count = Integer.getInteger("vaultlint.fuzz.count", 20_000);
        int taken = 0;
        for (int i = 0; i < count; i++) {
            StringBuilder sb = new StringBuilder();
            int lines = 1 + r.nextInt(6);
            for (int l = 0; l < lines; l++) {
                if (r.nextInt(4) == 0) {
                    sb.append(items[r.nextInt(items.length)]).append('\n');
                } else {
                    sb.append(keys[r.nextInt(keys.length)]).append(':').append(values[r.nextInt(values.length)]).append('\n');
                }
            }
            taken += same(sb.toString()) ? 1 : 0;
        }
        for (String y : frontmatters(notes())) {
            for (int k = 0; k < 10 && y.length() > 1; k++) {
                StringBuilder sb = new StringBuilder(y);
                int at = r.nextInt(sb.length());
                if (r.nextBoolean()) {
                    sb.insert(at, snippets[r.nextInt(snippets.length)]);
                } else {
                    sb.deleteCharAt(Math.min(at, sb.length() - 2));
                }
                same(sb.toString());
            }
        }
        assertTrue(taken > count / 20, "taken " + taken + " of " + count);
    }
}
