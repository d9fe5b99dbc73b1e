package io.github.vaultlint.parse;

import io.github.vaultlint.bench.SyntheticVault;
import io.github.vaultlint.testutil.Seeds;
import io.github.vaultlint.vault.Note;
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
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The fast Markdown scanner against flexmark: on every note it accepts, the parsed model must be
 * exactly the one the flexmark walk gives. Checked on the fixtures, the seeds, a synthetic vault,
 * random documents built from the line shapes of notes, and random edits of all of those.
 */
class MarkdownScannerTest {
    private final NoteParser flexmark = new NoteParser(NoteParser.FLEXMARK_ONLY);
    private final NoteParser scanner = new NoteParser(NoteParser.SCANNER_ONLY);

    /** Parses with both; returns whether the scanner accepted the text. */
    private boolean same(String text) {
        Note fast;
        try {
            fast = scanner.parse("n.md", true, text);
        } catch (RuntimeException e) {
            throw new AssertionError("scanner failed on:\n" + show(text), e);
        }
        if (fast == null) {
            return false;
        }
        Note slow = flexmark.parse("n.md", true, text);
        if (!slow.equals(fast)) {
            fail("scanner and flexmark differ on:\n" + show(text) + "\nflexmark: " + slow + "\nscanner:  " + fast);
        }
        return true;
    }

    /** The line the scanner gives up on, reading after the frontmatter as the parser does. */
    private static int refused(String text) {
        int from = 0;
        if (text.startsWith("---\n")) {
            int close = text.indexOf("\n---\n", 3);
            from = close < 0 ? 0 : close + 5;
        }
        return MarkdownScanner.refusedLine(text, from);
    }

    private static String show(String text) {
        return "----\n" + text.replace("\t", "→").replace(" \n", "·\n") + "\n----";
    }

    private static List<String> corpus() throws Exception {
        List<String> out = new ArrayList<>();
        for (String dir : List.of("/fixtures", "/hostile-vault")) {
            try (Stream<Path> s = Files.walk(Paths.get(MarkdownScannerTest.class.getResource(dir).toURI()))) {
                for (Path p : s.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                    out.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
                }
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
        return out;
    }

    @Test
    void fixturesSeedsAndHostileNotesParseTheSame() throws Exception {
        int accepted = 0;
        List<String> all = corpus();
        for (String t : all) {
            accepted += same(t) ? 1 : 0;
        }
        assertTrue(accepted > all.size() / 3, "the scanner should take most plain notes: " + accepted + " of " + all.size());
    }

    @Test
    void aSyntheticVaultIsTakenWhole() {
        SyntheticVault.Result v = new SyntheticVault(3, 300, 10).render(Set.of());
        int accepted = 0;
        List<String> refused = new ArrayList<>();
        for (String t : v.notes().values()) {
            if (same(t)) {
                accepted++;
            } else if (refused.size() < 5) {
                int line = refused(t);
                refused.add("line " + line + ": " + String.join("\n", t.lines().skip(Math.max(0, line - 4)).limit(4).toList()));
            }
        }
        assertTrue(accepted >= v.notes().size() * 9 / 10, accepted + " of " + v.notes().size() + "; refused " + refused);
    }

    @Test
    void theUsualNoteShapesAreAccepted() {
        String note = "---\ntitle: T\n---\n# Acme debrief\n\n## Kubernetes question 1\n\n### What I was asked\n\n"
                + "- How does the scheduler place pods? [[Kubernetes#Scheduling]]\n\t- requests and limits\n"
                + "- **latency** p99 `kubectl top` and [the notes](../Topics/K8s%20notes.md#Part)\n\n"
                + "> [!info] Callout\n> **Situation**: a\n>\n> **Result**: cut 20%\n\n```bash\nkubectl get pods <x>\n```\n\n"
                + "---\n\n| a | b |\n|---|---|\n\n1. one\n2. two\n   - nested ![img](a.png)\n\n- [ ] open\n- [x] done\n";
        assertTrue(same(note), "a typical debrief goes the fast way; refused line " + refused(note));
    }

    @Test
    void unusualFormsAreLeftToFlexmark() {
        for (String t : List.of("a\n===\n", "a\n---\n", "<div>x</div>\n", "[ref]: target.md \"title\"\n", "> [ref]: target.md\n", "    code\n",
                "[a](b\\(c.md)\n", "[a](b c.md)\n", "[a](b \"title\")\n", "a `b\nc` d\n",
                "x\r\ny\n", "a\n-\n", "# \n", "# closed #\n", "<!-- c -->\n", "[a\nb](c.md)\n", "[x][y](z)\n", "- - -\t-\n",
                "- \n\n  text\n", "[x [a](b.md)\n")) {
            assertNull(scanner.parse("n.md", true, t), "left to flexmark: " + t);
            assertNotNull(new NoteParser().parse("n.md", true, t));
        }
    }

    /** A 1 MB single-line note never stalls a run, whatever it is made of (a hang guard, not a benchmark). */
    @Test
    void megabyteLinesDoNotStall() {
        StringBuilder growing = new StringBuilder();
        for (int k = 1; growing.length() < 1_000_000; k++) {
            growing.append("`".repeat(k % 700 + 1)).append('a');
        }
        List<String> lines = List.of("word [[link]] `code` [a](b.md) ".repeat(35_000), "[".repeat(1_000_000),
                "](".repeat(500_000), "[a".repeat(500_000) + "](x)", growing.toString(), "`a".repeat(500_000),
                "> ".repeat(1000) + "x".repeat(1_000_000), "%%".repeat(500_000), "#a ".repeat(330_000));
        NoteParser parser = new NoteParser();
        Note first = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> {
            Note n = null;
            for (String line : lines) {
                Note parsed = parser.parse("big.md", true, line);
                n = n == null ? parsed : n;
            }
            return n;
        });
        assertEquals(70_000, first.links().size(), "two links per repetition, all found");
    }

    /**
     * Backtick runs that no later run of their length closes are text. Both passes searched the rest
     * of the paragraph for each: 1,500 runs of growing length (1.1 MB) cost the square of that, and
     * 4,000 (8 MB) took 15 s. The answers stay those of CommonMark: a run closed later is a code
     * span, which hides the wikilink in it, in either pass.
     */
    @Test
    void unclosedBacktickRunsOfGrowingLengthAreText() {
        StringBuilder line = new StringBuilder();
        for (int k = 2; k <= 1500; k++) {
            line.append("`".repeat(k)).append(" x ");
        }
        String text = line + "`[[Hidden]]` and [[Shown]]\n";
        assertTrue(same(text), "the scanner takes it, as flexmark reads it");
        for (NoteParser p : List.of(new NoteParser(), flexmark)) {
            Note n = p.parse("n.md", true, text);
            assertEquals(List.of("Shown"), n.links().stream().map(l -> l.target()).toList());
            assertEquals(text.indexOf("[[Shown") + 1, n.links().get(0).column());
        }
        String html = "<b>bold</b>\n\n" + text; // HTML: the note goes to flexmark
        assertEquals(List.of("Shown"), new NoteParser().parse("n.md", true, html).links().stream().map(l -> l.target()).toList());
    }

    /** Random documents from the line shapes of notes: containers, indents, leaves, inline forms. */
    @Test
    void randomDocumentsParseTheSame() {
        String[] indents = {"", "", "", " ", "  ", "   ", "    ", "\t", " \t", "\t\t"};
        String[] containers = {"", "", "", "> ", ">", "- ", "* ", "+ ", "1. ", "2) ", "-\t", "> - ", "- > ", "10. ", "-  ", "-    "};
        String[] leaves = {"text", "more text here", "# Heading", "## Sub heading", "```", "```java", "~~~", "---", "***",
                "- - -", "", "", "[a](b.md)", "![i](c.png)", "`code`", "``co`de``", "[[wiki]] and [[w|a]]", "| t | u |",
                "[ ] task", "[x] done", "**Bold**: text", "[!info] Title", "a ] b [ c", "#tag", "1.5 no list", "=== x",
                "x `unclosed", "[l](x.md) [m](y.md)", "%% c %%", "$x$", "text  ", "![[img.png|300]]", "a](b)",
                "[a](", "![i](c", "[a]([b](", "x)", "[r]: r.md", "[Star note]:\tStar.md  ", "[r]: <a b>", "[r]:", "[r] [r][] ![r]",
                "[r]: r.md \"t\"", "[^f]: f", "[r]: a(b)", "[x][r](y.md)"};
        Random r = new Random(Long.getLong("vaultlint.fuzz.seed", 42));
        int accepted = 0;
        int total = Integer.getInteger("vaultlint.fuzz.count", 30_000);
        for (int i = 0; i < total; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + r.nextInt(8);
            for (int l = 0; l < n; l++) {
                sb.append(indents[r.nextInt(indents.length)]).append(containers[r.nextInt(containers.length)]);
                if (r.nextInt(4) == 0) {
                    sb.append(containers[r.nextInt(containers.length)]);
                }
                sb.append(leaves[r.nextInt(leaves.length)]);
                if (l < n - 1 || r.nextBoolean()) {
                    sb.append('\n');
                }
            }
            accepted += same(sb.toString()) ? 1 : 0;
        }
        assertTrue(accepted > total / 8, "accepted " + accepted + " of " + total);
    }

    /** Random edits of real notes: characters that matter to Markdown inserted, deleted and swapped. */
    @Test
    void editedNotesParseTheSame() throws Exception {
        String[] snippets = {"\n", "\n\n", "\t", " ", "  ", "- ", "* ", "1. ", "2) ", "> ", ">", "#", "## ", "```", "~~~", "`",
                "``", "[", "]", "(", ")", "![", "](", "[r]: r.md\n", "[r]", "]:", "---", "***", "=", "|", "\\", "<", "[[", "]]", "%%", "$", "**", "    "};
        List<String> base = new ArrayList<>(corpus());
        base.addAll(new SyntheticVault(5, 60, 8).render(Set.of()).notes().values());
        Random r = new Random(Long.getLong("vaultlint.fuzz.seed", 7));
        int perNote = Integer.getInteger("vaultlint.fuzz.edits", 12);
        int accepted = 0;
        int total = 0;
        for (String t : base) {
            if (t.length() > 20_000) {
                continue;
            }
            for (int k = 0; k < perNote; k++) {
                StringBuilder sb = new StringBuilder(t);
                int edits = 1 + r.nextInt(4);
                for (int e = 0; e < edits && sb.length() > 0; e++) {
                    int at = r.nextInt(sb.length() + 1);
                    switch (r.nextInt(3)) {
                        case 0 -> sb.insert(at, snippets[r.nextInt(snippets.length)]);
                        case 1 -> sb.delete(at, Math.min(sb.length(), at + 1 + r.nextInt(3)));
                        default -> {
                            int nl = sb.lastIndexOf("\n", Math.max(0, at - 1)) + 1;
                            sb.insert(nl, snippets[r.nextInt(snippets.length)]); // at a line start
                        }
                    }
                }
                total++;
                accepted += same(sb.toString()) ? 1 : 0;
            }
        }
        assertTrue(accepted > total / 5, "accepted " + accepted + " of " + total);
    }
}
