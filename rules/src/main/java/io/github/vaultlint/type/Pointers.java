package io.github.vaultlint.type;

import io.github.vaultlint.util.Suggest;
import io.github.vaultlint.vault.YamlNode;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** JSON Pointers (RFC 6901) over positioned YAML trees: how validator locations find their source. */
final class Pointers {
    private Pointers() {
    }

    /** Pointer segments, unescaped; "" is the root (no segments). */
    static List<String> segments(String pointer) {
        List<String> out = new ArrayList<>();
        if (pointer == null || pointer.isEmpty() || pointer.equals("/")) {
            return out;
        }
        for (String s : pointer.substring(pointer.startsWith("/") ? 1 : 0).split("/", -1)) {
            out.add(s.replace("~1", "/").replace("~0", "~"));
        }
        return out;
    }

    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** A URI fragment ("/$defs/my%20date") as a plain pointer. */
    static String decodeUri(String fragment) {
        return URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The node at {@code pointer}, or null. */
    static YamlNode find(YamlNode root, String pointer) {
        return find(root, segments(pointer));
    }

    static YamlNode find(YamlNode root, List<String> segments) {
        YamlNode n = root;
        for (String s : segments) {
            n = child(n, s);
            if (n == null) {
                return null;
            }
        }
        return n;
    }

    /** The mapping entry (key and value) named by the last segment, or null. */
    static YamlNode.Entry entry(YamlNode root, List<String> segments) {
        if (segments.isEmpty()) {
            return null;
        }
        YamlNode parent = find(root, segments.subList(0, segments.size() - 1));
        return parent == null ? null : lastEntry(parent, segments.get(segments.size() - 1));
    }

    static YamlNode child(YamlNode n, String segment) {
        if (n == null) {
            return null;
        }
        if (n.kind() == YamlNode.Kind.MAPPING) {
            YamlNode.Entry e = lastEntry(n, segment);
            return e == null ? null : e.value();
        }
        if (n.kind() == YamlNode.Kind.SEQUENCE) {
            try {
                int i = Integer.parseInt(segment);
                return i >= 0 && i < n.items().size() ? n.items().get(i) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** The last entry with {@code key}: with duplicate keys, the value the validator saw. */
    static YamlNode.Entry lastEntry(YamlNode map, String key) {
        if (map.entries() == null) {
            return null;
        }
        YamlNode.Entry found = null;
        for (YamlNode.Entry e : map.entries()) {
            if (e.key().equals(key)) {
                found = e;
            }
        }
        return found;
    }

    /** " (did you mean ...)" for a pointer whose last step is missing. */
    static String suggest(YamlNode root, String pointer) {
        List<String> segs = segments(pointer);
        if (segs.isEmpty()) {
            return "";
        }
        YamlNode parent = find(root, segs.subList(0, segs.size() - 1));
        if (parent == null || parent.entries() == null) {
            return "";
        }
        List<String> keys = parent.entries().stream().map(YamlNode.Entry::key).toList();
        String c = Suggest.closest(segs.get(segs.size() - 1), keys);
        if (c == null) {
            return "";
        }
        List<String> fixed = new ArrayList<>(segs.subList(0, segs.size() - 1));
        fixed.add(c);
        StringBuilder sb = new StringBuilder();
        for (String s : fixed) {
            sb.append('/').append(escape(s));
        }
        return " (did you mean #" + sb + "?)";
    }
}
