package io.github.vaultlint.vault;

import java.util.List;

/**
 * The YAML block at the top of a note. {@code startLine} is the opening {@code ---} line,
 * {@code endLine} the closing one. {@code root} is null when the YAML did not parse or is not a mapping.
 */
public record Frontmatter(int startLine, int endLine, YamlNode root) {

    /**
     * Whether Obsidian reads the property {@code key} as the note's tags: "tags" or "tag" in any case
     * ("Tags:", "TAGS:"), as its own parseFrontMatterTags matches them.
     */
    public static boolean isTagsKey(String key) {
        return key.equalsIgnoreCase("tags") || key.equalsIgnoreCase("tag");
    }

    public YamlNode get(String key) {
        return root == null ? null : root.get(key);
    }

    public YamlNode.Entry entry(String key) {
        return root == null ? null : root.entry(key);
    }

    public List<YamlNode.Entry> entries() {
        return root == null || root.entries() == null ? List.of() : root.entries();
    }

    /** The scalar text of {@code key}, or null when absent, empty or not a scalar. */
    public String string(String key) {
        YamlNode n = get(key);
        if (n == null || !n.isScalar() || n.value() == null) {
            return null;
        }
        return String.valueOf(n.value());
    }
}
