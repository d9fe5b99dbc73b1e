package io.github.vaultlint.vault;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value as the user wrote it, with its source range (1-based, in note coordinates).
 * Scalars are resolved with YAML 1.2 core-schema rules: dates and "yes" stay strings.
 */
public record YamlNode(Kind kind, Object value, String text, boolean quoted, List<YamlNode> items,
                       List<Entry> entries, int line, int column, int endLine, int endColumn) {

    public enum Kind { SCALAR, SEQUENCE, MAPPING }

    /** A mapping entry with the position of its key. */
    public record Entry(String key, int line, int column, YamlNode value) {
    }

    public boolean isScalar() {
        return kind == Kind.SCALAR;
    }

    public boolean isNull() {
        return kind == Kind.SCALAR && value == null;
    }

    /** Value of a mapping entry, or null. */
    public YamlNode get(String key) {
        Entry e = entry(key);
        return e == null ? null : e.value();
    }

    public Entry entry(String key) {
        if (entries == null) {
            return null;
        }
        for (Entry e : entries) {
            if (e.key().equals(key)) {
                return e;
            }
        }
        return null;
    }

    /** Converts to plain Java data (Map, List, String, Long, Double, Boolean, null). */
    public Object toPlain() {
        switch (kind) {
            case SEQUENCE: {
                List<Object> out = new ArrayList<>(items.size());
                for (YamlNode n : items) {
                    out.add(n.toPlain());
                }
                return out;
            }
            case MAPPING: {
                Map<String, Object> out = new LinkedHashMap<>();
                for (Entry e : entries) {
                    out.put(e.key(), e.value().toPlain());
                }
                return out;
            }
            default:
                return value;
        }
    }

    /** Short human name of the node's type, as Obsidian users think of it. */
    public String typeName() {
        switch (kind) {
            case SEQUENCE: return "list";
            case MAPPING: return "object";
            default:
                if (value == null) return "empty";
                if (value instanceof Boolean) return "checkbox";
                if (value instanceof Number) return "number";
                return "text";
        }
    }
}
