package io.github.vaultlint.engine;

import io.github.vaultlint.baseline.Baseline;
import io.github.vaultlint.config.ConfigException;
import io.github.vaultlint.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The baseline is the one file of the user's that vaultlint writes: nothing in it or beside it is lost.
 * The baseline goal never overwrites a note, and pruning fixed entries changes nothing else.
 */
class BaselineFileTest {

    private static Path vault(Path dir) throws Exception {
        Path vault = dir.resolve("vault");
        Files.createDirectories(vault.resolve("Topics"));
        Files.writeString(vault.resolve("Topics/Terraform.md"), "# Terraform\n\nRemote state, see [[State locking]].\n");
        Files.writeString(vault.resolve("Topics/Kafka.md"), "# Kafka\n\nConsumer lag, see [[Burrow]].\n");
        return vault;
    }

    private static Check.Outcome update(Path vault, Path baseline) throws Exception {
        return new Check(new Linter()).run(new Check.Options(LintOptions.of(vault), vault.resolve("target/out"),
                EnumSet.of(Format.CONSOLE), Severity.ERROR, 0, baseline, true, false, Map.of()));
    }

    private static Check.Outcome check(Path vault, Path baseline) throws Exception {
        return new Check(new Linter()).run(new Check.Options(LintOptions.of(vault), vault.resolve("target/out"),
                EnumSet.of(Format.CONSOLE), Severity.ERROR, 0, baseline, false, false, Map.of()));
    }

    @Test
    void theBaselineGoalNeverOverwritesANote(@TempDir Path dir) throws Exception {
        Path vault = vault(dir);
        Path note = vault.resolve("Topics/Terraform.md");
        byte[] before = Files.readAllBytes(note);
        ConfigException e = assertThrows(ConfigException.class,
                () -> new Check(new Linter()).writeBaseline(LintOptions.of(vault), note));
        assertEquals(note + " exists and is not a vaultlint baseline, so it was not overwritten; set vaultlint.baseline to "
                + "another file (e.g. vaultlint-baseline.json), or delete this one first", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(note));
        Files.createDirectories(vault.resolve("ci"));
        e = assertThrows(ConfigException.class, () -> new Check(new Linter()).writeBaseline(LintOptions.of(vault), vault.resolve("ci")));
        assertEquals("baseline " + vault.resolve("ci") + " is a folder; set vaultlint.baseline to a file, e.g. "
                + vault.resolve("ci/vaultlint-baseline.json"), e.getMessage());
    }

    @Test
    void aBaselineLeftWithMergeConflictsIsRegenerated(@TempDir Path dir) throws Exception {
        Path vault = vault(dir);
        Path file = vault.resolve(Baseline.FILE);
        Files.writeString(file, "{\n<<<<<<< HEAD\n  \"findings\" : [ ]\n=======\n>>>>>>> branch\n}\n");
        assertEquals(2, new Check(new Linter()).writeBaseline(LintOptions.of(vault), file));
        assertEquals(2, Baseline.read(file).entries().size());
        Path other = vault.resolve("ci-baseline.json"); // another name: replaced when it is a baseline
        Files.copy(file, other);
        Files.writeString(vault.resolve("Topics/Kafka.md"), "# Kafka\n\nConsumer lag.\n");
        assertEquals(1, new Check(new Linter()).writeBaseline(LintOptions.of(vault), other));
    }

    /** A baseline checked out on Windows (CRLF, a BOM from the editor), hand-annotated: only the fixed entry goes. */
    @Test
    void pruningRemovesTheFixedEntryAndNotOneByteMore(@TempDir Path dir) throws Exception {
        Path vault = vault(dir);
        Path file = vault.resolve(Baseline.FILE);
        new Check(new Linter()).writeBaseline(LintOptions.of(vault), file);
        List<Baseline.Entry> entries = List.copyOf(Baseline.read(file).entries().values());
        Baseline.Entry kafka = entries.get(0).file().equals("Topics/Kafka.md") ? entries.get(0) : entries.get(1);
        Baseline.Entry terraform = kafka == entries.get(0) ? entries.get(1) : entries.get(0);
        String keep = "    {\"fingerprint\": \"" + terraform.fingerprint() + "\", \"ruleId\": \"broken-link\",\r\n"
                + "     \"reason\": \"note to write after the Initech loop\"}";
        String drop = "    {\"fingerprint\": \"" + kafka.fingerprint() + "\", \"ruleId\": \"broken-link\"}";
        String head = "\uFEFF{\r\n  \"version\": 1,\r\n  \"owner\": \"me\",\r\n  \"findings\": [\r\n";
        String tail = "\r\n  ]\r\n}\r\n";
        Files.write(file, (head + drop + ",\r\n" + keep + tail).getBytes(StandardCharsets.UTF_8));

        Files.writeString(vault.resolve("Topics/Kafka.md"), "# Kafka\n\nConsumer lag.\n");
        Check.Outcome o = update(vault, file);
        assertTrue(o.console().stream().anyMatch(l -> l.text().contains("1 fixed (pruned from the baseline)")), o.console()::toString);
        assertEquals(head + keep + tail, new String(Files.readAllBytes(file), StandardCharsets.UTF_8));

        // The last entry fixed too: an empty list, still a baseline.
        Files.writeString(vault.resolve("Topics/Terraform.md"), "# Terraform\n\nRemote state.\n");
        update(vault, file);
        assertEquals(head.replace("[\r\n", "[]") + "\r\n}\r\n", new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        assertEquals(0, Baseline.read(file).entries().size());
    }

    @Test
    void pruningAMiddleEntryKeepsTheSeparatorsOfTheOthers(@TempDir Path dir) throws Exception {
        Path vault = vault(dir);
        Files.writeString(vault.resolve("Topics/Helm.md"), "# Helm\n\nCharts, see [[Umbrella charts]].\n");
        Path file = vault.resolve(Baseline.FILE);
        new Check(new Linter()).writeBaseline(LintOptions.of(vault), file);
        String before = Files.readString(file);
        Baseline.Entry helm = Baseline.read(file).entries().values().stream()
                .filter(e -> e.file().equals("Topics/Helm.md")).findFirst().orElseThrow();
        Files.writeString(vault.resolve("Topics/Helm.md"), "# Helm\n\nCharts.\n");
        update(vault, file);
        int at = before.indexOf("{\n    \"fingerprint\" : \"" + helm.fingerprint());
        int end = before.indexOf("}", at) + 1;
        assertEquals(before.substring(0, at) + before.substring(end + ", ".length()), Files.readString(file));
        assertEquals(2, Baseline.read(file).entries().size());
    }

    @Test
    void nothingFixedLeavesTheFileUntouched(@TempDir Path dir) throws Exception {
        Path vault = vault(dir);
        Path file = vault.resolve(Baseline.FILE);
        new Check(new Linter()).writeBaseline(LintOptions.of(vault), file);
        Files.writeString(file, Files.readString(file).replace("\n", "\r\n"));
        Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        byte[] before = Files.readAllBytes(file);
        update(vault, file);
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(key, Files.readAttributes(file, BasicFileAttributes.class).fileKey(), "not even replaced by a copy");
    }

    @Test
    void aSymlinkedBaselineStaysALinkAndKeepsItsMode(@TempDir Path dir) throws Exception {
        Path vault = vault(dir);
        Path shared = dir.resolve("shared/baseline.json");
        Files.createDirectories(shared.getParent());
        new Check(new Linter()).writeBaseline(LintOptions.of(vault), shared);
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
        Path link = vault.resolve(Baseline.FILE);
        Files.createSymbolicLink(link, shared);

        Files.writeString(vault.resolve("Topics/Kafka.md"), "# Kafka\n\nConsumer lag.\n");
        update(vault, link);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(1, Baseline.read(shared).entries().size());
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)));
        try (var files = Files.list(shared.getParent())) {
            assertEquals(List.of(shared), files.toList(), "no temporary file left behind");
        }

        new Check(new Linter()).writeBaseline(LintOptions.of(vault), link); // the goal writes through the link too
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)));
    }

    /** -Dvaultlint.baseline= (or =.) names the project's folder: it exists, so "does not exist" was wrong. */
    @Test
    void aBaselineThatIsAFolderSaysSo(@TempDir Path dir) throws Exception {
        Path vault = vault(dir);
        ConfigException e = assertThrows(ConfigException.class, () -> update(vault, vault));
        assertEquals("baseline " + vault + " is a folder; set vaultlint.baseline to the baseline file, e.g. "
                + vault.resolve(Baseline.FILE) + " (or drop vaultlint.baseline)", e.getMessage());
    }

    /** A link to nothing and a named pipe are there: "does not exist" sent the user looking for a missing file. */
    @Test
    void aBaselineThatIsADanglingLinkOrAPipeSaysWhatItIs(@TempDir Path dir) throws Exception {
        Path vault = vault(dir);
        Path link = dir.resolve("baseline-link.json");
        Files.createSymbolicLink(link, Path.of("shared/vaultlint-baseline.json"));
        ConfigException e = assertThrows(ConfigException.class, () -> check(vault, link));
        assertEquals("baseline " + link + " is a symbolic link to shared/vaultlint-baseline.json, which does not exist; point "
                + "the link at the baseline file, or create it with mvn vaultlint:baseline", e.getMessage());

        Path pipe = dir.resolve("baseline-pipe.json");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0;
        } catch (java.io.IOException ex) {
            made = false;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(made, "mkfifo is not available here");
        e = assertThrows(ConfigException.class, () -> check(vault, pipe));
        assertEquals("baseline " + pipe + " is not a regular file (a named pipe, socket or device), so it was not read; set "
                + "vaultlint.baseline to the baseline file (or drop vaultlint.baseline)", e.getMessage());
    }

    @Test
    void aReadOnlyBaselineIsNeitherPrunedNorRegenerated(@TempDir Path dir) throws Exception {
        Path vault = vault(dir);
        Path file = vault.resolve(Baseline.FILE);
        new Check(new Linter()).writeBaseline(LintOptions.of(vault), file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(file);
        Files.writeString(vault.resolve("Topics/Kafka.md"), "# Kafka\n\nConsumer lag.\n");
        ConfigException e = assertThrows(ConfigException.class, () -> update(vault, file));
        assertEquals("baseline " + file + " is read-only, so its 1 fixed entry was not pruned; make it writable (chmod u+w) "
                + "or drop vaultlint.updateBaseline", e.getMessage());
        e = assertThrows(ConfigException.class, () -> new Check(new Linter()).writeBaseline(LintOptions.of(vault), file));
        assertEquals("baseline " + file + " is read-only, so it was not overwritten; make it writable (chmod u+w), or set "
                + "vaultlint.baseline to another file", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aBaselineChangedWhileTheCheckRanIsNotPruned(@TempDir Path dir) throws Exception {
        Path vault = vault(dir);
        Path file = vault.resolve(Baseline.FILE);
        new Check(new Linter()).writeBaseline(LintOptions.of(vault), file);
        byte[] asRead = Files.readAllBytes(file);
        Baseline b = Baseline.read(file);
        Files.writeString(vault.resolve("Topics/Kafka.md"), "# Kafka\n\nConsumer lag.\n");
        io.github.vaultlint.engine.LintResult r = new Linter().run(LintOptions.of(vault));
        Baseline.Comparison c = b.compare(r.findings(), io.github.vaultlint.baseline.Fingerprints.compute(r.findings(),
                new io.github.vaultlint.report.SourceLines(vault)));
        assertEquals(1, c.fixed().size());
        Files.writeString(file, Files.readString(file).replace("\n", "\r\n")); // e.g. a git checkout meanwhile
        byte[] changed = Files.readAllBytes(file);
        ConfigException e = assertThrows(ConfigException.class, () -> Baseline.prune(file, asRead, c));
        assertEquals("baseline " + file + " changed while the check ran, so its fixed entries were not pruned; "
                + "run the check with vaultlint.updateBaseline again", e.getMessage());
        assertArrayEquals(changed, Files.readAllBytes(file));
    }

    @Test
    void aBaselineWithAByteOrderMarkIsRead(@TempDir Path dir) throws Exception {
        Path vault = vault(dir);
        Path file = vault.resolve(Baseline.FILE);
        new Check(new Linter()).writeBaseline(LintOptions.of(vault), file);
        Files.write(file, ("\uFEFF" + Files.readString(file).replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));
        assertEquals(2, Baseline.read(file).entries().size());
        Files.writeString(vault.resolve("Topics/Extra.md"), "# Extra\n\n[[Nowhere]]\n");
        new Check(new Linter()).writeBaseline(LintOptions.of(vault), file); // regenerated: BOM and CRLF kept
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF{\r\n") && !text.replace("\r\n", "").contains("\n"), text);
        assertEquals(3, Baseline.read(file).entries().size());
    }
}
