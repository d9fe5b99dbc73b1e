package io.github.vaultlint.engine;

import io.github.vaultlint.rule.Finding;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A vault full of hostile and broken files: the run completes, each bad file gets exactly one finding
 * with a position and a clear message, and the healthy notes are still linted.
 */
class BadInputTest {

    @Test
    void everyBadFileGetsOneFindingAndTheRestIsStillLinted(@TempDir Path vault) throws Exception {
        write(vault, "Interviews/2025-11-17 Acme.md", "---\ntitle: Acme onsite\ndate: 2025-11-17\ntags:\n  - real-interview\n---\n"
                + "## Meta\n\n- Company: Acme\n\n## ## What was weak\n\n- See [[Missing Note]]\n");
        write(vault, "STAR Bank.md", "# STAR Bank\n\n## Kafka migration\n\n#### Situation\nBrokers needed manual rebalancing.\n");
        write(vault, "Broken YAML.md", "---\ntitle: Initech\ncompany: Initech: Platform\n---\n## Meta\n");
        write(vault, "Unclosed.md", "---\ntitle: Never closed\n\n## Answers\n");
        Files.write(vault.resolve("Binary.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        // A debrief a sync left a NUL byte in (line 3, after "Role: SRE"): the advice must not be only "remove it".
        Files.write(vault.resolve("Synced.md"), "## Meta\n\n- Role: SRE\u0000\n".getBytes(StandardCharsets.UTF_8));
        Files.write(vault.resolve("Latin1.md"), "# Caf\u00e9 notes\n".getBytes(StandardCharsets.ISO_8859_1));
        write(vault, "Empty.md", "");
        writeLarge(vault.resolve("Huge.md"), 50L * 1024 * 1024);
        write(vault, "Alias Bomb.md", aliasBomb());
        write(vault, "Big Frontmatter.md", bigFrontmatter(5 * 1024 * 1024));
        write(vault, "Deep YAML.md", "---\nkey: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n---\nbody\n");
        write(vault, "Deep Quotes.md", "> ".repeat(50_000) + "x\n");

        LintResult result = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> new Linter().run(LintOptions.of(vault)), "hang guard, not a benchmark");

        Map<String, List<Finding>> byFile = result.findings().stream().collect(Collectors.groupingBy(Finding::file));
        expectOne(byFile, "Broken YAML.md", "frontmatter-syntax", 3, 17, "inside an unquoted value starts another property");
        expectOne(byFile, "Unclosed.md", "frontmatter-syntax", 1, 1, "never closed");
        expectOne(byFile, "Binary.md", "unreadable-file", 3, 1, "binary");
        expectOne(byFile, "Synced.md", "unreadable-file", 3, 12, "file looks binary (NUL byte at byte 20), so it was not checked "
                + "as a note; if it is not a note, rename it without .md or remove it; if it is one, delete its NUL bytes");
        expectOne(byFile, "Latin1.md", "invalid-encoding", 1, 6, "invalid UTF-8 byte 0xE9");
        expectOne(byFile, "Huge.md", "unreadable-file", 1, 1, "50.0 MB, above the 10.0 MB limit");
        expectOne(byFile, "Alias Bomb.md", "frontmatter-syntax", 1, 1, "aliases");
        expectOne(byFile, "Big Frontmatter.md", "frontmatter-syntax", 1, 1, "above the 256 KB limit");
        expectOne(byFile, "Deep YAML.md", "frontmatter-syntax", 1, 1, "Nesting Depth");
        // At the 257th '>', after 256 "> ": not on line 1, column 1 as the stack overflow it caused was.
        expectOne(byFile, "Deep Quotes.md", "unreadable-file", 1, 513, "block quote on line 1 is nested more than 256 levels deep");
        expectOne(byFile, "Empty.md", "empty-note", 1, 1, "is empty");
        assertFalse(byFile.containsKey("STAR Bank.md"), "clean note: " + byFile.get("STAR Bank.md"));

        List<Finding> good = byFile.get("Interviews/2025-11-17 Acme.md");
        assertEquals(List.of("heading-syntax", "broken-link"), good.stream().map(Finding::ruleId).toList(),
                "the healthy debrief is still linted: " + good);

        for (Finding f : result.findings()) {
            assertFalse(f.message().contains("Exception") || f.message().contains("\tat "),
                    "no stack traces or exception names in messages: " + f);
        }
        // Every .md counts as a note, the bad ones included.
        assertEquals(13, result.summary().notes());
        assertEquals(13, result.summary().files());
        assertEquals(result.findings().size(), result.summary().errors() + result.summary().warnings() + result.summary().infos());
    }

    private static void expectOne(Map<String, List<Finding>> byFile, String file, String rule, int line, int column,
                                  String text) {
        List<Finding> fs = byFile.get(file);
        assertTrue(fs != null && fs.size() == 1, file + " should have exactly one finding, has " + fs);
        Finding f = fs.get(0);
        assertEquals(rule, f.ruleId(), f.toString());
        assertEquals(line, f.line(), f.toString());
        assertEquals(column, f.column(), f.toString());
        assertTrue(f.message().contains(text), "message of " + file + " should mention \"" + text + "\": " + f.message());
    }

    private static void write(Path vault, String rel, String text) throws IOException {
        Path p = vault.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    /** Writes {@code size} bytes of note-like text without building it in memory. */
    private static void writeLarge(Path file, long size) throws IOException {
        byte[] line = "- a pasted call transcript line that goes on and on [[Nowhere]]\n".getBytes(StandardCharsets.UTF_8);
        byte[] chunk = new byte[1 << 20];
        for (int i = 0; i < chunk.length; i++) {
            chunk[i] = line[i % line.length];
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (long written = 0; written < size; written += chunk.length) {
                ByteBuffer buf = ByteBuffer.wrap(chunk, 0, (int) Math.min(chunk.length, size - written));
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
            }
        }
    }

    private static String aliasBomb() {
        StringBuilder sb = new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            String[] refs = new String[9];
            Arrays.fill(refs, "*" + prev);
            sb.append(c).append(": &").append(c).append(" [").append(String.join(",", refs)).append("]\n");
            prev = c;
        }
        return sb.append("---\n# Billion laughs\n").toString();
    }

    private static String bigFrontmatter(int size) {
        StringBuilder sb = new StringBuilder(size + 64).append("---\n");
        for (int i = 0; sb.length() < size; i++) {
            sb.append("key").append(i).append(": value number ").append(i).append('\n');
        }
        return sb.append("---\nbody\n").toString();
    }

    /** Creates a symbolic link, or returns false where the file system or OS does not allow it. */
    private static boolean trySymlink(Path link, Path target) {
        try {
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, target);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** maxFileSize raised past what one note can be read into: it said NegativeArraySizeException and "permissions". */
    @Test
    void aNoteLargerThanVaultlintCanReadIsAFindingWhateverTheLimit(@TempDir Path vault) throws Exception {
        write(vault, ".vaultlint.yml", "maxFileSize: 10GB\n");
        write(vault, "Clean.md", "# Clean\n");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(vault.resolve("Huge.md").toFile(), "rw")) {
            f.setLength(3L * 1024 * 1024 * 1024); // sparse: nothing is written
        }
        LintResult result = new Linter().run(LintOptions.of(vault));
        Map<String, List<Finding>> byFile = result.findings().stream().collect(Collectors.groupingBy(Finding::file));
        expectOne(byFile, "Huge.md", "unreadable-file", 1, 1,
                "note is 3.0 GB, more than vaultlint can read as one note (2.0 GB), so it was not parsed");
        assertFalse(byFile.containsKey("Clean.md"));
    }

    @Test
    void symlinkLoopAndDanglingLinkAreFindingsNotCrashes(@TempDir Path vault) throws Exception {
        write(vault, "Loop/Inside.md", "# Inside the looped folder\n\n[[Nowhere]]\n");
        write(vault, "Clean.md", "# Clean\n\nLinks to [[Inside]].\n");
        Assumptions.assumeTrue(trySymlink(vault.resolve("Loop/self"), Path.of("."))
                && trySymlink(vault.resolve("Dangling.md"), Path.of("does-not-exist.md")),
                "this file system or OS does not allow symbolic links");

        LintResult result = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> new Linter().run(LintOptions.of(vault)), "hang guard, not a benchmark");

        Map<String, List<Finding>> byFile = result.findings().stream().collect(Collectors.groupingBy(Finding::file));
        expectOne(byFile, "Loop/self", "unreadable-file", 1, 1, "symbolic link loop");
        expectOne(byFile, "Dangling.md", "unreadable-file", 1, 1, "dangling symbolic link");
        expectOne(byFile, "Loop/Inside.md", "broken-link", 3, 1, "Nowhere");
        assertFalse(byFile.containsKey("Clean.md"), "the looped folder's note is still a link target");
        assertEquals(2, result.summary().notes(), "the loop is walked once, not forever");
    }

    @Test
    void symlinkPointingToItselfAndChainsOfLinksAreLoopsNotDanglingLinks(@TempDir Path vault) throws Exception {
        write(vault, "Clean.md", "# Clean\n");
        Assumptions.assumeTrue(trySymlink(vault.resolve("loopA.md"), Path.of("loopA.md"))
                && trySymlink(vault.resolve("loop1"), Path.of("loop2.md"))
                && trySymlink(vault.resolve("loop2.md"), Path.of("loop1"))
                && trySymlink(vault.resolve("Dangling.md"), Path.of("does-not-exist.md")),
                "this file system or OS does not allow symbolic links");

        LintResult result = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> new Linter().run(LintOptions.of(vault)), "hang guard, not a benchmark");

        Map<String, List<Finding>> byFile = result.findings().stream().collect(Collectors.groupingBy(Finding::file));
        expectOne(byFile, "loopA.md", "unreadable-file", 1, 1, "symbolic link loop: loopA.md points to itself");
        expectOne(byFile, "loop2.md", "unreadable-file", 1, 1, "symbolic link loop: loop2.md leads round in a circle "
                + "(loop2.md -> loop1 -> loop2.md)");
        expectOne(byFile, "loop1", "unreadable-file", 1, 1, "symbolic link loop");
        expectOne(byFile, "Dangling.md", "unreadable-file", 1, 1, "dangling symbolic link");
        assertFalse(byFile.containsKey("Clean.md"));
    }

    /** A symbolic link out of the vault (a PR can add one to ~/.ssh or /etc) is reported and never read. */
    @Test
    void symlinksOutOfTheVaultAreFindingsAndNeverRead(@TempDir Path dir) throws Exception {
        Path vault = dir.resolve("vault");
        write(dir, "outside/Secret.md", "# SECRET-HEADING\n\n[[SECRET-LINK]]\n");
        write(dir, "outside/folder/Inner.md", "# Inner\n\n[[INNER-SECRET-LINK]]\n");
        write(vault, "Home.md", "# Home\n\n[[Shared]] and [[Scheduling#Taints]]\n\n[[Linked/Inner]]\n");
        write(vault, "Topics/Scheduling.md", "# Scheduling\n\n## Taints\n\n[[Missing In Vault]]\n");
        Assumptions.assumeTrue(trySymlink(vault.resolve("Shared.md"), dir.resolve("outside/Secret.md"))
                && trySymlink(vault.resolve("Linked"), Path.of("../outside/folder"))
                && trySymlink(vault.resolve("Alias/Scheduling link.md"), Path.of("../Topics/Scheduling.md"))
                && trySymlink(vault.resolve("Topics/Again"), Path.of(".."))
                && trySymlink(vault.resolve("A/toB"), Path.of("../B"))
                && trySymlink(vault.resolve("B/toA"), Path.of("../A")),
                "this file system or OS does not allow symbolic links");

        LintResult result = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> new Linter().run(LintOptions.of(vault)), "hang guard, not a benchmark");

        Map<String, List<Finding>> byFile = result.findings().stream().collect(Collectors.groupingBy(Finding::file));
        expectOne(byFile, "Shared.md", "unreadable-file", 1, 1, "symbolic link Shared.md points outside the vault (to "
                + dir.resolve("outside/Secret.md") + "), so it was not read: vaultlint never reads outside the vault");
        expectOne(byFile, "Linked", "unreadable-file", 1, 1, "symbolic link Linked points outside the vault (to ../outside/folder)");
        expectOne(byFile, "Topics/Again", "unreadable-file", 1, 1, "symbolic link loop");
        for (Finding f : result.findings()) {
            assertFalse(f.message().contains("SECRET") || f.file().startsWith("Linked/"), "read outside the vault: " + f);
        }
        List<Finding> home = byFile.get("Home.md");
        assertEquals(List.of("3:1 wikilink [[Shared]] points to \"Shared\", which is Shared.md, a name in the vault that vaultlint"
                        + " does not read as a file (see its unreadable-file finding); fix that, or link to another note",
                // Into the folder link: it said "does not exist in the vault", as if nothing were there.
                "5:1 wikilink [[Linked/Inner]] points to \"Linked/Inner\", which is inside Linked, a folder in the vault that"
                        + " vaultlint does not read (see its unreadable-file finding); fix that, or link to another note"),
                home.stream().map(f -> f.line() + ":" + f.column() + " " + f.message()).toList());
        // A link inside the vault is followed as Obsidian follows it, and a circle of folder links ends.
        expectOne(byFile, "Alias/Scheduling link.md", "broken-link", 5, 1, "Missing In Vault");
        assertTrue(result.findings().stream().anyMatch(f -> f.message().startsWith("symbolic link loop: A/toB/toA")
                || f.message().startsWith("symbolic link loop: B/toA/toB")), result.findings().toString());
    }

    /** ~/notes -> ~/Dropbox/Vault: the vault itself given as a link to its folder is linted like the folder (it crashed). */
    @Test
    void aVaultGivenAsASymbolicLinkToItsFolderIsLinted(@TempDir Path dir) throws Exception {
        Path real = dir.resolve("Dropbox/Vault");
        write(real, "Home.md", "# Home\n\n[[Topics/Missing]] and [[Topics/Scheduling]]\n");
        write(real, "Topics/Scheduling.md", "---\ntitle:\n---\n# Scheduling\n");
        Path link = dir.resolve("notes");
        Assumptions.assumeTrue(trySymlink(link, real), "this file system or OS does not allow symbolic links");

        LintResult result = new Linter().run(LintOptions.of(link));

        Map<String, List<Finding>> byFile = result.findings().stream().collect(Collectors.groupingBy(Finding::file));
        expectOne(byFile, "Home.md", "broken-link", 3, 1, "Topics/Missing");
        expectOne(byFile, "Topics/Scheduling.md", "empty-title", 2, 1, "title");
        assertEquals(2, result.findings().size(), result.findings().toString());
    }

    /** A link out of the vault that the config ignores (a shared folder, linked on purpose) is neither read nor reported. */
    @Test
    void anIgnoredSymlinkOutOfTheVaultIsNotReported(@TempDir Path dir) throws Exception {
        Path vault = dir.resolve("vault");
        write(dir, "outside/folder/Inner.md", "# Inner\n\n[[INNER-SECRET-LINK]]\n");
        write(dir, "outside/Secret.md", "# Secret\n");
        write(vault, "Home.md", "# Home\n");
        Assumptions.assumeTrue(trySymlink(vault.resolve("Shared"), Path.of("../outside/folder"))
                && trySymlink(vault.resolve("Other"), Path.of("../outside/folder"))
                && trySymlink(vault.resolve("Secret.md"), dir.resolve("outside/Secret.md")),
                "this file system or OS does not allow symbolic links");
        for (String glob : List.of("Shared/**", "Shared/", "Shared")) {
            write(vault, ".vaultlint.yml", "ignore:\n  - \"" + glob + "\"\n  - Secret.md\n");
            LintResult result = new Linter().run(LintOptions.of(vault));
            Map<String, List<Finding>> byFile = result.findings().stream().collect(Collectors.groupingBy(Finding::file));
            assertFalse(byFile.containsKey("Shared") || byFile.containsKey("Secret.md"), glob + ": " + result.findings());
            expectOne(byFile, "Other", "unreadable-file", 1, 1, "symbolic link Other points outside the vault");
            for (Finding f : result.findings()) {
                assertFalse(f.message().contains("SECRET") || f.file().startsWith("Shared/"), "read outside the vault: " + f);
            }
        }
    }

    /**
     * flexmark reads a line's indentation once per open list level: a list nested thousands deep took
     * minutes (a 9 MB one four) before overflowing the stack. Past 256 levels (as deep as the fast
     * scanner goes) the note is a finding at the first item too deep, at once. An HTML block sends
     * the note to flexmark.
     */
    @Test
    void aListNestedThousandsDeepIsAFindingAtItsLineNotMinutesOfParsing(@TempDir Path vault) throws Exception {
        StringBuilder sb = new StringBuilder("# Deep outline\n\n<div>exported</div>\n\n");
        for (int i = 0; i < 2500; i++) {
            sb.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        }
        write(vault, "Deep List.md", sb.toString());
        write(vault, "Shallow.md", "# Shallow\n\n<div>exported</div>\n\n- a\n  - b\n    - [[Nowhere]]\n");

        LintResult result = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> new Linter().run(LintOptions.of(vault)), "a deep list must not take minutes");

        Map<String, List<Finding>> byFile = result.findings().stream().collect(Collectors.groupingBy(Finding::file));
        // Line 5 holds level 0: level 256, the 257th, is on line 261, after 512 spaces.
        expectOne(byFile, "Deep List.md", "unreadable-file", 261, 513,
                "list item on line 261 is nested more than 256 levels deep, more than vaultlint parses");
        expectOne(byFile, "Shallow.md", "broken-link", 7, 7, "Nowhere");
        assertTrue(byFile.get("Deep List.md").get(0).message().endsWith("flatten the list"), byFile.toString());
    }

    /**
     * Each setext heading replaces a paragraph, and flexmark's block tracker then scans back over
     * every block since the last paragraph it kept: 2 million "Title / =====" pairs (8 MB) took 50 s
     * of CPU. Past 100,000 of them (or of paragraphs of reference definitions) the note is a finding
     * at the line over the limit, at once; a note with a few of them is parsed as always.
     */
    @Test
    void aNoteOfHundredsOfThousandsOfSetextHeadingsIsAFindingAtTheLineOverTheLimit(@TempDir Path vault) throws Exception {
        write(vault, "Underlined.md", "---\ntitle: exported\n---\n" + "Title\n=====\n".repeat(100_001));
        write(vault, "Definitions.md", "# Sources\n\n" + "[src]: Sources.md\n\n".repeat(100_001));
        write(vault, "Few.md", "Acme onsite\n===========\n\nSee [[Nowhere]]\n\nLessons\n-------\n\n[ref]: Gone.md\n");

        Map<String, List<Finding>> byFile = new Linter().run(LintOptions.of(vault)).findings().stream()
                .collect(Collectors.groupingBy(Finding::file));
        // Lines 1-3 are the frontmatter; the 100,001st underline is on line 3 + 2 * 100,001.
        expectOne(byFile, "Underlined.md", "unreadable-file", 200_005, 1, "note has more than 100,000 setext headings (text "
                + "underlined with = or -) and paragraphs of reference definitions ([label]: url), one more on line 200005, more "
                + "than vaultlint parses in reasonable time, so the note was not checked; split it into smaller notes");
        expectOne(byFile, "Definitions.md", "unreadable-file", 200_003, 1, "one more on line 200003");
        assertEquals(List.of("broken-link 4", "broken-link 9"), byFile.get("Few.md").stream()
                .map(f -> f.ruleId() + " " + f.line()).toList(), "a note with a few is parsed as always");
    }

    /**
     * A megabyte-long line (a pasted transcript) quoted in a message made a megabyte-long message:
     * heading-syntax quoted the line twice over, required-section the heading, invalid-suppression the
     * "rule id". Quoted text is cut, and no message is longer than {@link Finding#MAX_MESSAGE}.
     */
    @Test
    void aMegabyteLineIsQuotedShortInEveryMessage(@TempDir Path vault) throws Exception {
        String line = "word ".repeat(200_000).strip();
        write(vault, "No Space.md", "# T\n\n##" + line + "\n");
        write(vault, "Stray.md", "# T\n\n## ## " + line + "\n");
        write(vault, "Debrief.md", "---\ntags: [real-interview]\ndate: 2025-04-01\n---\n## " + line + "\n\nsome text\n");
        write(vault, "Suppress.md", "# T\n\n%% vaultlint-disable " + "r".repeat(100_000) + " %%\n");

        LintResult result = new Linter().run(LintOptions.of(vault));

        Map<String, List<Finding>> byFile = result.findings().stream().collect(Collectors.groupingBy(Finding::file));
        expectOne(byFile, "No Space.md", "heading-syntax", 3, 1, "is not followed by a space");
        expectOne(byFile, "Stray.md", "heading-syntax", 3, 1, "heading has stray markers");
        expectOne(byFile, "Debrief.md", "required-section", 5, 1, "Topic \"word word");
        for (Finding f : result.findings()) {
            int max = f.file().equals("Suppress.md") ? Finding.MAX_MESSAGE : 600;
            assertTrue(f.message().length() <= max, f.ruleId() + " in " + f.file() + " is " + f.message().length() + " chars");
        }
        assertTrue(byFile.get("Suppress.md").stream().anyMatch(f -> f.ruleId().equals("invalid-suppression")), byFile.toString());
        String kept = new Finding("r", io.github.vaultlint.rule.Severity.ERROR, "a.md", 1, 1, 1, 1,
                "x".repeat(5000) + "; fix it like this").message();
        assertEquals(Finding.MAX_MESSAGE, kept.length());
        assertTrue(kept.endsWith("x; fix it like this") && kept.contains(" \u2026 "), "the fix at the end is kept");
    }

    @Test
    void namedPipeIsAFindingAndIsNeverOpened(@TempDir Path vault) throws Exception {
        write(vault, "a.md", "# A\n\n[[pipe]]\n");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", vault.resolve("pipe.md").toString()).start().waitFor() == 0;
        } catch (IOException e) {
            made = false;
        }
        Assumptions.assumeTrue(made, "mkfifo is not available here");

        // Opening the pipe for reading would block until a writer comes: the guard catches a hang.
        LintResult result = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> new Linter().run(LintOptions.of(vault)), "a named pipe must never be opened");

        Map<String, List<Finding>> byFile = result.findings().stream().collect(Collectors.groupingBy(Finding::file));
        expectOne(byFile, "pipe.md", "unreadable-file", 1, 1,
                "not a regular file: pipe.md is a named pipe, socket or device; vaultlint reads only regular files");
        assertEquals(1, result.summary().notes(), "the pipe is not a note");
    }
}
