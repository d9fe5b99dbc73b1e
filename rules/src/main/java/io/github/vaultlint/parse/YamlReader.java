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

    public static Parsed read(String text) {
        List<Problem> problems = new ArrayList<>();
        FrontmatterParser p = new FrontmatterParser(problems, new ArrayList<>(), new ArrayList<>(), 1);
        YamlNode root = p.parseDocument(text);
        return new Parsed(problems.isEmpty() ? root : null, problems);
    }
}
