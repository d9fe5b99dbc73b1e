package io.github.vaultlint.report;

import io.github.vaultlint.engine.LintResult;
import io.github.vaultlint.rule.Finding;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.util.SafeText;
import io.github.vaultlint.vault.Note;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes {@code vaultlint-junit.xml} for Jenkins, GitLab and Azure test tabs: one test case per note,
 * failed when the note has new findings at or above the gate threshold (listed in the failure text);
 * findings below the threshold, and baselined findings (marked "(baselined)"), go to the test case's
 * system-out, so a test case fails exactly when the gate counts one of its findings.
 */
public final class JunitReport {
    public static final String FILE = "vaultlint-junit.xml";

    private JunitReport() {
    }

    /** Without a baseline: every finding at or above {@code threshold} fails its note's test case. */
    public static Path write(LintResult result, Severity threshold, Path outputDir) throws IOException {
        return write(result, threshold, Set.of(), outputDir);
    }

    /**
     * @param threshold the gate's severity; null (failOnSeverity=none) fails no test case
     * @param baselined findings the baseline accepts (by identity): never a failure
     */
    public static Path write(LintResult result, Severity threshold, Set<Finding> baselined, Path outputDir) throws IOException {
        Files.createDirectories(outputDir);
        Path out = outputDir.resolve(FILE);
        Path tmp = outputDir.resolve(FILE + ".tmp");
        Map<String, List<Finding>> byFile = new TreeMap<>();
        for (Note n : result.index().notes()) {
            if (n.linted()) {
                byFile.put(n.path(), new ArrayList<>());
            }
        }
        for (Finding f : result.findings()) {
            byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
        }
        int failures = 0;
        Map<String, Boolean> failed = new LinkedHashMap<>();
        for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
            boolean fail = e.getValue().stream().anyMatch(f -> gates(f, threshold, baselined));
            failed.put(e.getKey(), fail);
            if (fail) {
                failures++;
            }
        }
        try (OutputStream os = Files.newOutputStream(tmp)) {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(os, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            attr(x, "name", "vaultlint");
            attr(x, "tests", String.valueOf(byFile.size()));
            attr(x, "failures", String.valueOf(failures));
            x.writeCharacters("\n  ");
            x.writeStartElement("testsuite");
            attr(x, "name", "vaultlint");
            attr(x, "tests", String.valueOf(byFile.size()));
            attr(x, "failures", String.valueOf(failures));
            attr(x, "errors", "0");
            attr(x, "skipped", "0");
            attr(x, "time", "0");
            for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
                x.writeCharacters("\n    ");
                x.writeStartElement("testcase");
                String path = e.getKey();
                int slash = path.lastIndexOf('/');
                attr(x, "classname", "vault" + (slash < 0 ? "" : "." + path.substring(0, slash).replace('/', '.')));
                attr(x, "name", path);
                attr(x, "file", path);
                attr(x, "time", "0");
                StringBuilder gated = new StringBuilder();
                StringBuilder other = new StringBuilder();
                int count = 0;
                for (Finding f : e.getValue()) {
                    String line = f.severity().id().toUpperCase(Locale.ROOT) + " " + ConsoleReport.line(f)
                            + (baselined.contains(f) ? " (baselined)" : "") + "\n";
                    if (gates(f, threshold, baselined)) {
                        gated.append(line);
                        count++;
                    } else {
                        other.append(line);
                    }
                }
                if (failed.get(path)) {
                    x.writeStartElement("failure");
                    attr(x, "type", "vaultlint");
                    attr(x, "message", count + (baselined.isEmpty() ? "" : " new") + " finding(s) at or above "
                            + threshold.id() + " in " + path);
                    x.writeCharacters(clean(gated.toString()));
                    x.writeEndElement();
                }
                if (other.length() > 0) {
                    x.writeStartElement("system-out");
                    x.writeCharacters(clean(other.toString()));
                    x.writeEndElement();
                }
                x.writeEndElement();
            }
            x.writeCharacters("\n  ");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + FILE + ": " + e.getMessage(), e);
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        return out;
    }

    /** Whether the gate counts {@code f}: new (not baselined) and at or above the threshold. */
    private static boolean gates(Finding f, Severity threshold, Set<Finding> baselined) {
        return threshold != null && f.severity().atLeast(threshold) && !baselined.contains(f);
    }

    /**
     * An attribute as the console shows the text (control characters written out, as in the
     * findings' lines): XML readers turn a raw tab, CR or LF in an attribute into a space, so a note
     * named "a&lt;TAB&gt;b.md" came out as "a b.md", a file that does not exist.
     */
    static void attr(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeAttribute(name, clean(SafeText.visible(value).replace("\t", "\\t")));
    }

    /**
     * Replaces characters XML 1.0 cannot carry (control characters from hostile or binary notes, and
     * half a surrogate pair, which no UTF-8 writer can encode) with U+FFFD.
     */
    static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)) {
                sb.append(c);
            } else {
                sb.append('\uFFFD');
            }
        }
        return sb.toString();
    }
}
