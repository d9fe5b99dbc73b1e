package io.github.vaultlint.report;

import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.LintResult;
import io.github.vaultlint.engine.Linter;
import io.github.vaultlint.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JunitReportTest {

    @Test
    void oneTestCasePerNoteFailedAtTheThreshold(@TempDir Path dir) throws Exception {
        Path vault = dir.resolve("v");
        Files.createDirectories(vault.resolve("Interviews"));
        Files.writeString(vault.resolve("Interviews/Broken.md"), "# Broken\n\n[[Missing]] <b>&\u0001</b>\n");
        Files.writeString(vault.resolve("Warn.md"), "# Warn\n\n## ## Stray\n");
        Files.writeString(vault.resolve("Clean.md"), "# Clean\n");
        LintResult result = new Linter().run(LintOptions.of(vault));

        Document doc = parse(JunitReport.write(result, Severity.ERROR, dir.resolve("out")));
        NodeList cases = doc.getElementsByTagName("testcase");
        assertEquals(3, cases.getLength());
        Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
        assertEquals("1", suite.getAttribute("failures"));
        Element broken = find(cases, "Interviews/Broken.md");
        assertEquals("vault.Interviews", broken.getAttribute("classname"));
        assertTrue(broken.getElementsByTagName("failure").item(0).getTextContent().contains("(broken-link)"));
        Element warn = find(cases, "Warn.md");
        assertEquals(0, warn.getElementsByTagName("failure").getLength(), "warnings are below the error gate");
        assertTrue(warn.getElementsByTagName("system-out").item(0).getTextContent().contains("heading-syntax"));

        Document strict = parse(JunitReport.write(result, Severity.WARNING, dir.resolve("out2")));
        assertEquals("2", ((Element) strict.getElementsByTagName("testsuite").item(0)).getAttribute("failures"));
        Document none = parse(JunitReport.write(result, null, dir.resolve("out3")));
        assertEquals("0", ((Element) none.getElementsByTagName("testsuite").item(0)).getAttribute("failures"));
    }

    /** A Turkish default locale upper-cases "info" to "İNFO"; the report reads the same everywhere. */
    @Test
    void severitiesAreUpperCasedTheSameInEveryLocale(@TempDir Path dir) throws Exception {
        Path vault = dir.resolve("v");
        Files.createDirectories(vault);
        Files.writeString(vault.resolve("Warn.md"), "# Warn\n\n## ## Stray\n");
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
            LintResult result = new Linter().run(LintOptions.of(vault));
            Document doc = parse(JunitReport.write(result, Severity.ERROR, dir.resolve("out")));
            String out = doc.getElementsByTagName("system-out").item(0).getTextContent();
            assertTrue(out.startsWith("WARNING Warn.md:[3,1] (heading-syntax)"), "not WARN\u0130NG: " + out);
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    /** File names are untrusted too: a reader gets back the name the console and system-out show. */
    @Test
    void attributesKeepTabsLineBreaksAndControlCharactersOfFileNamesVisible(@TempDir Path dir) throws Exception {
        Path vault = dir.resolve("v");
        Files.createDirectories(vault);
        String[] names = {"tab\there.md", "new\nline.md", "cr\rhere.md", "esc\u001b[31mred.md", "x]]>&\"<'.md"};
        for (String n : names) {
            try {
                Files.writeString(vault.resolve(n), "# N\n\n[[Missing]]\n");
            } catch (java.nio.file.InvalidPathException e) {
                org.junit.jupiter.api.Assumptions.abort("this file system does not allow the name " + n);
            }
        }
        LintResult result = new Linter().run(LintOptions.of(vault));
        Document doc = parse(JunitReport.write(result, Severity.ERROR, dir.resolve("out")));
        NodeList cases = doc.getElementsByTagName("testcase");
        java.util.Set<String> shown = new java.util.TreeSet<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element e = (Element) cases.item(i);
            shown.add(e.getAttribute("name"));
            assertEquals(e.getAttribute("name"), e.getAttribute("file"));
            String line = e.getElementsByTagName("failure").item(0).getTextContent();
            assertTrue(line.startsWith("ERROR " + e.getAttribute("name").replace("\\t", "\t") + ":[3,1] (broken-link)"),
                    "the attribute names the file as its finding line does: " + line);
        }
        // Read back, a raw tab or line break would have been a space: "tab here.md", a file that does not exist.
        assertEquals(java.util.Set.of("tab\\there.md", "new\\nline.md", "cr\\rhere.md", "esc\\u001B[31mred.md", "x]]>&\"<'.md"),
                shown);
    }

    private static Document parse(Path p) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(p.toFile());
    }

    private static Element find(NodeList cases, String name) {
        for (int i = 0; i < cases.getLength(); i++) {
            Element e = (Element) cases.item(i);
            if (e.getAttribute("name").equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no testcase " + name);
    }

    @Test
    void textXmlCannotCarryIsReplacedAndEmojiAreKept() {
        assertEquals("a\uD83D\uDE00b", JunitReport.clean("a\uD83D\uDE00b"));
        assertEquals("a\uFFFDb\uFFFD", JunitReport.clean("a\uD83Db\uDE00"), "half a surrogate pair is no character");
        assertEquals("\uFFFDx\t\n", JunitReport.clean("\u0001x\t\n"));
        assertEquals("\uFFFD", JunitReport.clean("\uFFFE"));
    }
}
