package io.github.vaultlint.engine;

import io.github.vaultlint.rule.Finding;
import io.github.vaultlint.util.FileNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * File and folder names outside ASCII. Obsidian names files in UTF-8; so must vaultlint, whatever
 * locale Maven runs in (a CI container without LANG decodes names as ASCII), and a name that is not
 * UTF-8 at all is a finding, not a silent "Caf?.md".
 */
class FileNameEncodingTest {

    @Test
    void aNameThatIsNotUtf8IsAFindingAndItsNoteIsStillLinted(@TempDir Path vault) throws Exception {
        assumeTrue(File.separatorChar == '/', "only POSIX file systems hold names that are not text");
        // "café.md" and "Équipe/" written by a Latin-1 tool: the bytes E9 and C9 are not UTF-8.
        Path latin1 = Path.of(URI.create(vault.toUri() + "caf%E9.md"));
        Files.writeString(latin1, "# Caf\n\n[[Nowhere]]\n");
        Path folder = Path.of(URI.create(vault.toUri() + "%C9quipe"));
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("Plan.md"), "# Plan\n");
        Files.writeString(vault.resolve("ok.md"), "# Ok\n");

        LintResult result = new Linter().run(LintOptions.of(vault));

        List<String> got = new ArrayList<>();
        for (Finding f : result.findings()) {
            got.add(f.file() + ":" + f.line() + ":" + f.column() + " " + f.ruleId());
        }
        assertEquals(List.of("caf\uFFFD.md:1:1 invalid-encoding", "caf\uFFFD.md:3:1 broken-link",
                "\uFFFDquipe:1:1 invalid-encoding"), got, "the name is reported and the note is still linted: " + result.findings());
        Finding name = result.findings().get(0);
        assertTrue(name.message().contains("file name \"caf\uFFFD.md\" is not valid UTF-8 (byte 0xE9 after \"caf\")"), name.message());
        assertTrue(name.message().contains("rename the file"), name.message());
        assertTrue(result.findings().get(2).message().contains("byte 0xC9 after \"\""), result.findings().get(2).message());
        assertEquals(3, result.summary().notes());
    }

    @Test
    void nonAsciiNamesWorkWhenMavenRunsWithoutAUtf8Locale(@TempDir Path vault) throws Exception {
        assumeTrue(File.separatorChar == '/', "Windows names are UTF-16 whatever the locale");
        // Créée with FileNames, so the test also runs in a JVM that itself has no UTF-8 locale.
        write(vault, "Société/Acme.md", "# Acme\n\n[[Café]] and [[Équipe/Plan]]\n\n##\n");
        write(vault, "Société/Café.md", "# Café\n\n[[Nowhere]]\n");
        write(vault, "Société/.vaultlint.yml", "rules:\n  empty-heading: off\n");
        write(vault, "Équipe/Plan.md", "# Plan\n\n##\n");

        // A JVM started with LC_ALL=C: its file names are decoded as ASCII.
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Child.class.getName(), vault.toString());
        pb.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("LANGUAGE"));
        pb.environment().put("LC_ALL", "C");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the child run hangs");
        List<String> lines = List.of(new String(out, StandardCharsets.UTF_8).split("\n"));
        assumeTrue(!lines.isEmpty() && lines.get(0).startsWith("jnu ") && !FileNamesProbe.utf8(lines.get(0).substring(4)),
                "this platform decodes names as UTF-8 even under LC_ALL=C: " + lines);
        assertEquals(List.of("Société/Café.md:3:1 broken-link", "Équipe/Plan.md:3:1 empty-heading"), lines.subList(1, lines.size()),
                "names are read as UTF-8, links reach them and the folder's config applies: " + lines);
    }

    private static void write(Path vault, String rel, String text) throws IOException {
        Path p = FileNames.resolve(vault, rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    /** Whether a charset name is UTF-8 (the child's {@code sun.jnu.encoding}). */
    static final class FileNamesProbe {
        static boolean utf8(String name) {
            try {
                return java.nio.charset.Charset.forName(name.strip()).equals(StandardCharsets.UTF_8);
            } catch (RuntimeException e) {
                return false;
            }
        }
    }

    /** Lints the vault in its argument and prints the findings in UTF-8, one a line. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            out.println("jnu " + System.getProperty("sun.jnu.encoding"));
            LintResult result = new Linter().run(LintOptions.of(Path.of(args[0])));
            for (Finding f : result.findings()) {
                out.println(f.file() + ":" + f.line() + ":" + f.column() + " " + f.ruleId());
            }
        }
    }
}
