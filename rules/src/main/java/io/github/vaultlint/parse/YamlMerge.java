package io.github.vaultlint.parse;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Applies YAML merge keys ({@code <<: *defaults}, {@code <<: [*a, *b]}) to a composed node tree, in
 * place, as js-yaml (Obsidian's reader) and SnakeYAML's constructor do: the keys of the merged
 * mappings join the mapping, a key written in the mapping itself wins wherever it stands, and of two
 * merged mappings the earlier wins. The composer keeps {@code <<} as a key, and so the frontmatter and
 * config readers, which work on nodes to keep positions, saw a property or key named "<<". Merged
 * entries keep their own nodes, so a finding on one points where it is written (in the anchored
 * mapping). A quoted {@code "<<"} is an ordinary key, as in YAML.
 */
public final class YamlMerge {

    /** A merge key whose value is no mapping (nor a list of them), or a mapping merged into itself. */
    public static final class Problem extends Exception {
        private final transient Mark mark;
        private final String what;
        private final String fix;

        Problem(Mark mark, String what, String fix) {
            super(what + "; " + fix, null, false, false);
            this.mark = mark;
            this.what = what;
            this.fix = fix;
        }

        /** Where the offending value starts. */
        public Mark mark() {
            return mark;
        }

        /** What is wrong, without the fix. */
        public String what() {
            return what;
        }

        /** How to fix it. */
        public String fix() {
            return fix;
        }
    }

    private final Set<Node> done = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Node> active = Collections.newSetFromMap(new IdentityHashMap<>());

    private YamlMerge() {
    }

    /** Applies every merge key under {@code root} (null is fine). */
    public static void apply(Node root) throws Problem {
        if (root != null) {
            new YamlMerge().visit(root);
        }
    }

    private void visit(Node n) throws Problem {
        if (n instanceof MappingNode m) {
            flatten(m, null);
        } else if (n instanceof SequenceNode s && done.add(s)) {
            for (Node item : s.getValue()) {
                visit(item);
            }
        }
    }

    private static boolean isMerge(Node key) {
        return key instanceof ScalarNode && Tag.MERGE.equals(key.getTag());
    }

    /** Applies the merges of {@code m}; {@code mergeKey} is the {@code <<} that merges {@code m}, or null. */
    private void flatten(MappingNode m, Node mergeKey) throws Problem {
        if (done.contains(m)) {
            return;
        }
        if (!active.add(m)) {
            if (mergeKey == null) {
                return; // a recursive alias, not a merge: the readers report it as such
            }
            throw new Problem(mergeKey.getStartMark(), "a mapping is merged into itself (<< names the anchor of a mapping that "
                    + "contains it)", "remove the self-reference");
        }
        boolean merges = false;
        Set<String> own = new HashSet<>();
        for (NodeTuple t : m.getValue()) {
            if (isMerge(t.getKeyNode())) {
                merges = true;
                for (MappingNode source : sources(t.getKeyNode(), t.getValueNode())) {
                    flatten(source, t.getKeyNode()); // its own merges first: a merge of a merge carries both
                }
            } else {
                visit(t.getKeyNode());
                visit(t.getValueNode());
                if (t.getKeyNode() instanceof ScalarNode k) {
                    own.add(k.getValue());
                }
            }
        }
        if (merges) {
            List<NodeTuple> out = new ArrayList<>(m.getValue().size());
            Set<String> taken = new HashSet<>(); // keys merged from earlier mappings, which win
            for (NodeTuple t : m.getValue()) {
                if (!isMerge(t.getKeyNode())) {
                    out.add(t);
                    continue;
                }
                for (MappingNode source : sources(t.getKeyNode(), t.getValueNode())) {
                    Set<String> fromThis = new HashSet<>();
                    for (NodeTuple s : source.getValue()) {
                        // A key twice in one merged mapping stays twice, so the readers report the duplicate.
                        String key = s.getKeyNode() instanceof ScalarNode k ? k.getValue() : null;
                        if (key == null || (!own.contains(key) && !taken.contains(key))) {
                            out.add(s);
                            if (key != null) {
                                fromThis.add(key);
                            }
                        }
                    }
                    taken.addAll(fromThis);
                }
            }
            m.setValue(out);
            m.setMerged(false);
        }
        active.remove(m);
        done.add(m);
    }

    /**
     * The mappings a merge key's value names: one mapping, or a list of them. A wrong value reached
     * through an alias is reported at the {@code <<}, not where its anchor is.
     */
    private static List<MappingNode> sources(Node key, Node value) throws Problem {
        if (value instanceof MappingNode m) {
            return List.of(m);
        }
        if (value instanceof SequenceNode s) {
            List<MappingNode> out = new ArrayList<>(s.getValue().size());
            for (Node item : s.getValue()) {
                if (!(item instanceof MappingNode m)) {
                    throw new Problem(at(key, item), "the merge key << takes mappings, but this item of its list is "
                            + shape(item), "list anchors of mappings (<<: [*defaults, *more]) or write the keys out");
                }
                out.add(m);
            }
            return out;
        }
        throw new Problem(at(key, value), "the merge key << takes a mapping (<<: *defaults) or a list of them, but its "
                + "value is " + shape(value), "point it at a mapping's anchor, or write the keys out");
    }

    private static Mark at(Node key, Node value) {
        return value.getStartMark().getIndex() < key.getStartMark().getIndex() ? key.getStartMark() : value.getStartMark();
    }

    private static String shape(Node n) {
        if (n instanceof SequenceNode) {
            return "a list";
        }
        ScalarNode s = (ScalarNode) n;
        if (Tag.NULL.equals(s.getTag())) {
            return "empty";
        }
        String v = s.getValue().length() > 40 ? s.getValue().substring(0, 40) + "..." : s.getValue();
        return "the single value \"" + v + "\"";
    }
}
