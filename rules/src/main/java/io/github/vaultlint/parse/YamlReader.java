package io.github.vaultlint.parse;

import io.github.vaultlint.vault.Problem;
import io.github.vaultlint.vault.YamlNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a standalone YAML document (a schema file, say) with the same safe settings and YAML 1.2
 * scalar rules as frontmatter, so a schema and the notes it checks agree on what {@code 2025-01-01}
 * or {@code yes} is. Positions are 1-based lines and columns of the document itself.
 */
public final class YamlReader {
    private YamlReader() {
    }

    /** The parsed document: {@code root} is null when {@code problems} explain why it could not be read. */
    public record Parsed(YamlNode root, List<Problem> problems) {
        public Parsed {
            problems = List.copyOf(problems);
        }
    }

    /**
     * {@code yaml} with each tab that separates "key:", "-" or a flow indicator from what follows
     * replaced by a space (YAML 1.2 allows it, SnakeYAML does not), for a reader that composes YAML
     * itself; positions stay. Tabs of indentation are kept, to be reported.
     */
    public static String tabSeparationAsSpaces(String yaml) {
        return yaml.indexOf('\t') < 0 ? yaml : FrontmatterParser.separatingTabsToSpaces(yaml);
    }

    /**
     * What an unquoted scalar written as {@code text} is under the YAML 1.2 core schema Obsidian reads
     * frontmatter with: null, a Boolean, a Long or BigInteger, a Double, or the text itself.
     */
    public static Object plainScalar(String text) {
        return FrontmatterParser.resolvePlain(text);
    }

    public static Parsed read(String text) {
        List<Problem> problems = new ArrayList<>();
        FrontmatterParser p = new FrontmatterParser(problems, new ArrayList<>(), new ArrayList<>(), 1);
        YamlNode root = p.parseDocument(text);
        return new Parsed(problems.isEmpty() ? root : null, problems);
    }
}
