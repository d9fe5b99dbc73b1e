package io.github.vaultlint.parse;

import io.github.vaultlint.util.OneLine;
import io.github.vaultlint.vault.Frontmatter;
import io.github.vaultlint.vault.Link;
import io.github.vaultlint.vault.Problem;
import io.github.vaultlint.vault.Tag;
import io.github.vaultlint.vault.YamlNode;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses a note's YAML frontmatter into a positioned {@link YamlNode} tree with SnakeYAML's
 * composer. Untrusted input: no tags or classes are constructed, aliases, nesting and size are
 * capped, and alias expansion is budgeted so an alias bomb cannot blow up memory. Not thread-safe:
 * create one per note (the SnakeYAML loader underneath is reused per thread).
 */
final class FrontmatterParser {
    static final String RULE = "frontmatter-syntax";
    /** Frontmatter larger than this is reported, not parsed. */
    static final int MAX_CHARS = 256 * 1024;
    private static final int MAX_NODES = 20_000;
    private static final int MAX_DEPTH = 40;

    private static final Pattern INT = Pattern.compile("[-+]?[0-9]+");
    /** A [[link]] not inside quotes: ": [[" or "- [[" or ", [[". */
    static final Pattern UNQUOTED_LINK = Pattern.compile("(^|[:,\\-\\[]\\s*)\\[\\[");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

    private final List<Problem> problems;
    private final List<Link> links;
    private final List<Tag> tags;
    private final int firstLine; // 1-based note line of the first YAML line
    private final StringPool pool;
    private String yaml = "";
    private LineIndex yamlLines = new LineIndex("");
    private String yamlLinesText = "";
    private int nodes;
    private boolean budgetReported;
    /** Scalars whose links are recorded: an alias ({@code *a}) reuses its anchor's node, written once. */
    private final java.util.Set<Node> linkedScalars = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    FrontmatterParser(List<Problem> problems, List<Link> links, List<Tag> tags, int firstLine) {
        this(problems, links, tags, firstLine, null);
    }

    /** {@code pool} (may be null) shares equal keys, values and link parts with other notes. */
    FrontmatterParser(List<Problem> problems, List<Link> links, List<Tag> tags, int firstLine, StringPool pool) {
        this.problems = problems;
        this.links = links;
        this.tags = tags;
        this.firstLine = firstLine;
        this.pool = pool;
    }

    /** False to always use SnakeYAML (tests compare both). */
    boolean useFastPath = true;

    /**
     * The usual flat frontmatter, read by {@link SimpleYaml} without SnakeYAML, as the same tree
     * {@link #convert} builds; null when the YAML needs SnakeYAML (nothing recorded then).
     */
    private YamlNode fast(String yaml) {
        SimpleYaml.Doc doc = SimpleYaml.read(yaml);
        if (doc == null) {
            return null;
        }
        this.yaml = yaml;
        List<YamlNode.Entry> entries = new ArrayList<>(doc.entries().size());
        for (SimpleYaml.Entry e : doc.entries()) {
            YamlNode value;
            if (e.value() instanceof SimpleYaml.Seq q) {
                List<YamlNode> items = new ArrayList<>(q.items().size());
                for (SimpleYaml.Scalar i : q.items()) {
                    items.add(scalar(i));
                }
                value = new YamlNode(YamlNode.Kind.SEQUENCE, null, null, false, items, null, firstLine + q.line(), q.column() + 1,
                        firstLine + q.endLine(), 1);
            } else {
                value = scalar((SimpleYaml.Scalar) e.value());
            }
            entries.add(new YamlNode.Entry(shared(e.key()), firstLine + e.line(), 1, value));
        }
        return new YamlNode(YamlNode.Kind.MAPPING, null, null, false, null, entries, firstLine, 1, firstLine + doc.endLine(), 1);
    }

    private YamlNode scalar(SimpleYaml.Scalar s) {
        int line = firstLine + s.line();
        return scalarNode(s.text(), s.quoted(), line, s.start() + 1, line, s.end() + 1, -1, -1, true);
    }

    /**
     * A scalar node; wikilinks in a text value are recorded as frontmatter links. {@code from} and
     * {@code to} bound the scalar's source in {@link #yaml}, or are -1 for the fast path's one-line
     * scalars without escapes, whose text is the source itself. {@code links} is false for a scalar
     * whose links are already recorded (reached again through an alias): they are written once.
     */
    private YamlNode scalarNode(String raw, boolean quoted, int l, int c, int el, int ec, int from, int to, boolean links) {
        String text = shared(raw);
        Object value = quoted ? text : resolvePlain(text);
        if (links && value instanceof String str && str.contains("[[")) {
            if (from < 0) {
                scanLinks(str, l, c + (quoted ? 1 : 0));
            } else {
                scanLinks(str, l, c, from, to);
            }
        }
        return new YamlNode(YamlNode.Kind.SCALAR, value, text, quoted, null, null, l, c, el, ec);
    }

    private String shared(String s) {
        return pool == null ? s : pool.get(s);
    }

    /** Reading a standalone document (a schema file), not a note's properties: messages do not speak of Obsidian. */
    private boolean document;

    /** Parses {@code yaml} (the lines between the fences) and returns the frontmatter model. */
    Frontmatter parse(String yaml, int startLine, int endLine) {
        if (yaml.length() > MAX_CHARS) {
            problem(startLine, 1, "frontmatter is " + (yaml.length() / 1024) + " KB, above the "
                    + (MAX_CHARS / 1024) + " KB limit; move long content into the note body");
            return new Frontmatter(startLine, endLine, null);
        }
        YamlNode tree = useFastPath ? fast(yaml) : null;
        if (tree == null) {
            tree = compose(yaml, startLine);
        }
        if (tree == null) {
            return new Frontmatter(startLine, endLine, null);
        }
        if (tree.isNull() && tree.text().isEmpty()) {
            // Empty frontmatter ("---\n---", or only comments) is an empty mapping.
            return new Frontmatter(startLine, endLine,
                    new YamlNode(YamlNode.Kind.MAPPING, null, "", false, null, List.of(), startLine + 1, 1, startLine + 1, 1));
        }
        if (tree.kind() != YamlNode.Kind.MAPPING) {
            problem(tree.line(), tree.column(), "frontmatter must be a mapping of properties (key: value), but is a "
                    + (tree.kind() == YamlNode.Kind.SEQUENCE ? "list" : "single value")
                    + "; write each property as \"name: value\"");
            return new Frontmatter(startLine, endLine, null);
        }
        collectTags(tree);
        return new Frontmatter(startLine, endLine, tree);
    }

    /**
     * Parses a whole YAML document of any shape (used for schema files). Returns null, with the
     * reason recorded as a problem, when it cannot be read safely; an empty document is a null scalar.
     */
    YamlNode parseDocument(String yaml) {
        document = true;
        if (yaml.length() > MAX_CHARS) {
            problem(firstLine, 1, "document is " + (yaml.length() / 1024) + " KB, above the "
                    + (MAX_CHARS / 1024) + " KB limit");
            return null;
        }
        return compose(yaml, firstLine);
    }

    /** Composes and converts; null when a problem was recorded ({@code startLine} positions whole-document ones). */
    private YamlNode compose(String yaml, int startLine) {
        this.yaml = yaml;
        this.yamlLines = new LineIndex(yaml);
        this.yamlLinesText = yaml;
        List<Integer> tabLines = checkTabs(yaml);
        Node root;
        try {
            // YAML 1.2 allows a tab to separate "key:" from its value; SnakeYAML does not, so such tabs
            // become spaces first (one char for one: positions stay). Rare, so looked for only when there is a tab.
            root = YAML.get().compose(new StringReader(yaml.indexOf('\t') < 0 ? yaml : separatingTabsToSpaces(yaml)));
        } catch (MarkedYAMLException e) {
            Mark problemMark = e.getProblemMark();
            Mark contextMark = e.getContextMark();
            // "Unexpected end of stream" is found past the last YAML line; the unclosed quote or
            // bracket that caused it (the context) is where the user has to look.
            // (SnakeYAML counts no line after a last lone \r, so the end is known by its index too.)
            boolean atEnd = problemMark != null && (problemMark.getLine() >= yamlLines.lineCount()
                    || problemMark.getIndex() >= yaml.codePointCount(0, yaml.length()));
            Mark m = problemMark == null || (atEnd && contextMark != null) ? contextMark : problemMark;
            int line = m == null ? startLine : line(m);
            YamlErrorHints.Hint explained = m == null ? null : YamlErrorHints.explain(yaml, yamlLines, e, m, firstLine, "frontmatter");
            if (explained != null && !tabLines.contains(line)) {
                problem(explained.line(), explained.column(), explained.message());
            } else if (!tabLines.contains(line)) {
                String what = e.getProblem() == null ? e.getMessage() : e.getProblem();
                String context = "";
                if (e.getContext() != null) {
                    context = " (" + oneLine(e.getContext())
                            + (contextMark != null && contextMark != m
                                    ? " that starts on line " + line(contextMark) + ", column " + col(contextMark) : "")
                            + ")";
                }
                problem(line, m == null ? 1 : col(m), "YAML does not parse: " + oneLine(what) + context
                        + "; " + hint(yaml, m));
            }
            return null;
        } catch (ReaderException e) {
            // A character YAML does not allow (a control character such as BEL or ESC): SnakeYAML
            // gives its index in code points; the finding points at it.
            YamlCharError c = YamlCharError.of(yaml, e);
            int line = firstLine + c.line() - 1;
            problems.add(new Problem(RULE, line, c.column(), line, c.column() + 1, "YAML does not allow the control character "
                    + c.name() + " here; remove it (write \\x" + String.format(Locale.ROOT, "%02X", e.getCodePoint() & 0xff)
                    + " inside a double-quoted value to keep it)"));
            return null;
        } catch (YAMLException e) {
            problem(startLine, 1, "YAML is rejected: " + oneLine(e.getMessage())
                    + "; simplify it (aliases, nesting and size are capped for safety)");
            return null;
        } catch (StackOverflowError e) {
            problem(startLine, 1, "YAML is nested too deeply to read; flatten it");
            return null;
        }
        try {
            if (yaml.contains("<<")) { // no merge key is written without it: most frontmatter skips the walk
                YamlMerge.apply(root); // <<: *defaults joins the keys, as js-yaml reads it; no property "<<"
            }
        } catch (YamlMerge.Problem p) {
            problem(line(p.mark()), col(p.mark()), p.what() + (document ? ", so it cannot be read"
                    : ", which Obsidian cannot read, so every property of this note is lost") + "; " + p.fix());
            return null;
        }
        if (root == null) {
            // Only comments: an empty document.
            return new YamlNode(YamlNode.Kind.SCALAR, null, "", false, null, null, startLine, 1, startLine, 1);
        }
        return convert(root, new IdentityHashMap<>(), 0, null, false, "");
    }

    /**
     * Tabs between a "key:" or "- " and the value that follows, or after a flow list's or mapping's
     * '[', '{' or ',', as spaces; tabs anywhere else are kept. Never inside a value: a quoted value is followed across its lines (a continuation line
     * of a multi-line "..." is text), and the lines of a {@code |} or {@code >} block scalar are
     * left as they are ({@code   cmd:\targ} there is text, not a key).
     */
    static String separatingTabsToSpaces(String yaml) {
        char[] c = yaml.toCharArray();
        boolean lineStart = true;
        boolean afterIndicator = false; // after ": " or "- " with only blanks since
        boolean flowStart = false; // in a [...] or {...} after '[', '{' or ',' with only blanks since: a quoted item may start
        int flowDepth = 0;
        char quote = 0;
        int blockIndent = -1; // >= 0: inside a block scalar whose header line has this indentation
        for (int i = 0; i < c.length; i++) {
            char ch = c[i];
            if (ch == '\n') {
                lineStart = true;
                afterIndicator = false;
                flowStart = false;
                if (quote == 0 && blockIndent >= 0) {
                    i = skipBlockLines(c, i, blockIndent);
                    if (i < c.length && c[i] == '\n') {
                        i--; // the block ended before a line: read that line from its start
                        blockIndent = -1;
                    }
                }
                continue; // a quote stays open: the value goes on on the next line
            }
            if (quote != 0) {
                if (quote == '"' && ch == '\\') {
                    i++; // an escape: "\"" does not close the value
                } else if (ch == quote) {
                    if (quote == '\'' && i + 1 < c.length && c[i + 1] == '\'') {
                        i++; // '' is a quote inside a single-quoted value
                    } else {
                        quote = 0;
                    }
                }
                continue;
            }
            if (ch == '\t') {
                if (afterIndicator || flowStart) {
                    c[i] = ' '; // "key:\tvalue", "-\titem", "[a,\tb]": separation, which YAML 1.2 allows a tab for
                }
                continue; // a tab of indentation stays: it is reported as such
            }
            if (ch == ' ' || ch == '\r') {
                continue;
            }
            if (ch == '#' && (lineStart || afterIndicator || i > 0 && (c[i - 1] == ' ' || c[i - 1] == '\t'))) {
                while (i + 1 < c.length && c[i + 1] != '\n') {
                    i++; // a comment: nothing in it is a key or a quote
                }
                continue;
            }
            if ((ch == '|' || ch == '>') && (lineStart || afterIndicator) && blockHeader(c, i)) {
                blockIndent = indentation(c, i);
            }
            boolean indicator = (ch == ':' || (ch == '-' && lineStart))
                    && i + 1 < c.length && (c[i + 1] == '\t' || c[i + 1] == ' ');
            if ((ch == '"' || ch == '\'') && (lineStart || afterIndicator || flowStart)) {
                quote = ch;
            }
            if ((ch == '[' || ch == '{') && (lineStart || afterIndicator || flowStart)) {
                flowDepth++;
            } else if ((ch == ']' || ch == '}') && flowDepth > 0) {
                flowDepth--;
            }
            afterIndicator = indicator;
            flowStart = flowDepth > 0 && (ch == '[' || ch == '{' || ch == ',');
            lineStart = indicator && ch == '-';
        }
        return new String(c);
    }

    /** Whether c[i] ('|' or '>') starts a block scalar header: indicators (+, -, a digit), then a blank, a comment or the line end. */
    private static boolean blockHeader(char[] c, int i) {
        int j = i + 1;
        while (j < c.length && (c[j] == '+' || c[j] == '-' || (c[j] >= '1' && c[j] <= '9'))) {
            j++;
        }
        return j == c.length || c[j] == '\n' || c[j] == '\r' || c[j] == ' ' || c[j] == '\t';
    }

    /** Spaces before the first character of the line holding c[i]. */
    private static int indentation(char[] c, int i) {
        int start = i;
        while (start > 0 && c[start - 1] != '\n') {
            start--;
        }
        int n = 0;
        while (start + n < c.length && c[start + n] == ' ') {
            n++;
        }
        return n;
    }

    /**
     * From the line break at {@code nl}, past the lines of a block scalar: blank lines and lines
     * indented more than its header's {@code indent}. Returns the line break before the first line
     * that is not the block's, or the end of the text.
     */
    private static int skipBlockLines(char[] c, int nl, int indent) {
        int i = nl;
        while (i < c.length && c[i] == '\n') {
            int j = i + 1;
            int n = 0;
            while (j < c.length && c[j] == ' ') {
                j++;
                n++;
            }
            boolean blank = j >= c.length || c[j] == '\n' || c[j] == '\r' || c[j] == '\t' && onlyBlanks(c, j);
            if (!blank && n <= indent) {
                return i;
            }
            while (j < c.length && c[j] != '\n') {
                j++;
            }
            i = j;
        }
        return i;
    }

    private static boolean onlyBlanks(char[] c, int from) {
        for (int k = from; k < c.length && c[k] != '\n'; k++) {
            if (c[k] != ' ' && c[k] != '\t' && c[k] != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The fix for a parse error: unquoted links get a specific hint, anything else the generic one. */
    private static String hint(String yaml, Mark m) {
        if (m != null) {
            String[] lines = LineIndex.lines(yaml);
            if (m.getLine() < lines.length && UNQUOTED_LINK.matcher(lines[m.getLine()]).find()) {
                return "unquoted [[links]] are read by YAML as nested lists; quote each link: \"[[Note]]\"";
            }
        }
        return "fix the YAML syntax at this position";
    }

    /**
     * One loader per thread: compose() builds a fresh scanner, parser and composer per call and the
     * resolver is read-only, so reuse on one thread is safe, and it spares a loader setup per note.
     */
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(FrontmatterParser::newYaml);

    private static Yaml newYaml() {
        LoaderOptions opts = new LoaderOptions();
        opts.setAllowDuplicateKeys(true); // reported ourselves, with positions of every duplicate
        opts.setMaxAliasesForCollections(20);
        opts.setNestingDepthLimit(MAX_DEPTH);
        opts.setCodePointLimit(MAX_CHARS * 2);
        opts.setAllowRecursiveKeys(false);
        opts.setProcessComments(false);
        return new Yaml(new SafeConstructor(opts), new Representer(new DumperOptions()), new DumperOptions(), opts,
                new Resolver());
    }

    private List<Integer> checkTabs(String yaml) {
        List<Integer> lines = new ArrayList<>();
        int lineNo = 0;
        int i = 0;
        while (i <= yaml.length()) {
            int nl = yaml.indexOf('\n', i);
            int end = nl < 0 ? yaml.length() : nl;
            int j = i;
            while (j < end && (yaml.charAt(j) == ' ' || yaml.charAt(j) == '\t')) {
                if (yaml.charAt(j) == '\t') {
                    int line = firstLine + lineNo;
                    lines.add(line);
                    problem(line, j - i + 1, "tab used for indentation; YAML allows only spaces here, replace the tab with spaces");
                    break;
                }
                j++;
            }
            if (nl < 0) {
                break;
            }
            i = nl + 1;
            lineNo++;
        }
        return lines;
    }

    /**
     * {@code key} is the top-level property holding the node; {@code item} tells a list item from a value;
     * {@code where} is the node's property path ("company.name", "people[1].name", "" for the root), so a
     * finding deep inside names the whole path, not a key that may occur in many places.
     */
    private YamlNode convert(Node node, IdentityHashMap<Node, Boolean> path, int depth, String key, boolean item, String where) {
        if (++nodes > MAX_NODES || depth > MAX_DEPTH) {
            if (!budgetReported) {
                budgetReported = true;
                // Say which limit: a plain 20,000-item list is no alias or nesting problem.
                problem(line(node.getStartMark()), col(node.getStartMark()), depth > MAX_DEPTH
                        ? "frontmatter nests values more than " + MAX_DEPTH + " levels deep here, more than vaultlint reads safely; flatten it"
                        : String.format(java.util.Locale.ROOT, "frontmatter holds more than %,d values (counting what its aliases "
                                + "repeat), more than vaultlint reads safely; shorten the list here, or move the data into the note body",
                                MAX_NODES));
            }
            return null;
        }
        if (path.put(node, Boolean.TRUE) != null) {
            problem(line(node.getStartMark()), col(node.getStartMark()), "recursive YAML alias; remove the self-reference");
            return null;
        }
        try {
            int l = line(node.getStartMark());
            int c = col(node.getStartMark());
            int el = line(node.getEndMark());
            int ec = col(node.getEndMark());
            if (!node.getTag().getValue().startsWith(org.yaml.snakeyaml.nodes.Tag.PREFIX)) { // !foo, !<foo>: no YAML type
                localTag(node);
                return null;
            }
            if (node instanceof ScalarNode s) {
                boolean plain = s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
                if (!node.getTag().equals(TAGS.resolve(NodeId.scalar, s.getValue(), plain))) {
                    return taggedScalar(s, l, c, el, ec, linkedScalars.add(s));
                }
                return scalarNode(s.getValue(), !plain, l, c, el, ec, offset(s.getStartMark()), offset(s.getEndMark()), linkedScalars.add(s));
            }
            if (node instanceof SequenceNode seq) {
                if (seq.getFlowStyle() == DumperOptions.FlowStyle.FLOW && seq.getValue().size() == 1
                        && seq.getValue().get(0) instanceof SequenceNode inner
                        && inner.getFlowStyle() == DumperOptions.FlowStyle.FLOW
                        && line(inner.getStartMark()) == l && col(inner.getStartMark()) == c + 1) {
                    String shown = "[[" + OneLine.cut(flatText(inner), 80) + "]]";
                    problem(l, c, "unquoted link " + shown + (key != null ? " in \"" + key + "\"" : "")
                            + " is read by YAML as a nested list; quote it: " + (item ? "- " : key != null ? key + ": " : "")
                            + "\"" + shown + "\"");
                }
                List<YamlNode> items = new ArrayList<>(seq.getValue().size());
                int after = offset(seq.getStartMark());
                for (Node child : seq.getValue()) {
                    YamlNode y = convert(child, path, depth + 1, key, true, where + "[" + items.size() + "]");
                    if (y == null) {
                        return null;
                    }
                    int[] alias = offset(child.getStartMark()) < after ? aliasAfter(after) : null;
                    if (alias != null) {
                        y = at(y, alias);
                    }
                    after = alias != null ? alias[1] : Math.max(after, offset(child.getEndMark()));
                    items.add(y);
                }
                return new YamlNode(YamlNode.Kind.SEQUENCE, null, null, false, items, null, l, c, el, ec);
            }
            MappingNode map = (MappingNode) node;
            List<YamlNode.Entry> entries = new ArrayList<>(map.getValue().size());
            Map<String, Integer> seen = new HashMap<>();
            for (NodeTuple t : map.getValue()) {
                Node k = t.getKeyNode();
                int kl = line(k.getStartMark());
                int kc = col(k.getStartMark());
                if (!(k instanceof ScalarNode)) {
                    // "? [a, b]": a list or mapping as a key. No property name, and no duplicate of another such key.
                    problem(kl, kc, (document ? "a key must be one text" : "a property name must be one text") + ", but this key is a "
                            + (k instanceof SequenceNode ? "list" : "mapping") + "; "
                            + (document ? "write the key as text" : "write the property as name: value"));
                    continue;
                }
                String keyText = shared(((ScalarNode) k).getValue());
                String keyPath = where.isEmpty() ? keyText : where + "." + keyText;
                Integer first = seen.putIfAbsent(keyText, kl);
                if (first != null) {
                    problem(kl, kc, "duplicate key \"" + keyPath + "\" (first defined on line " + first + "); "
                            + (document ? "only one of them would count, merge them into one"
                                    : "Obsidian keeps only one value, merge them into a single property"));
                }
                YamlNode v = convert(t.getValueNode(), path, depth + 1, depth == 0 ? keyText : key, false, keyPath);
                if (v == null) {
                    return null;
                }
                int keyEnd = offset(k.getEndMark());
                int[] alias = offset(t.getValueNode().getStartMark()) < keyEnd ? aliasAfter(keyEnd) : null;
                if (alias != null) {
                    v = at(v, alias);
                }
                entries.add(new YamlNode.Entry(keyText, kl, kc, v));
            }
            return new YamlNode(YamlNode.Kind.MAPPING, null, null, false, null, entries, l, c, el, ec);
        } finally {
            path.remove(node);
        }
    }

    /**
     * The source range {from, to} of the alias ({@code *name}) that is the next token after
     * {@code from}, or null. SnakeYAML gives an alias its anchor's node, positioned where the anchor
     * is; a finding on {@code company: *c} belongs on that line, not on the anchor's.
     */
    private int[] aliasAfter(int from) {
        int i = from;
        while (i < yaml.length()) {
            char c = yaml.charAt(i);
            if (c == '#' && (i == 0 || Character.isWhitespace(yaml.charAt(i - 1)))) {
                while (i < yaml.length() && yaml.charAt(i) != '\n') {
                    i++;
                }
            } else if (" \t\r\n:-,[{?".indexOf(c) >= 0) {
                i++;
            } else {
                break;
            }
        }
        if (i >= yaml.length() || yaml.charAt(i) != '*') {
            return null;
        }
        int j = i + 1;
        while (j < yaml.length() && " \t\r\n,[]{}".indexOf(yaml.charAt(j)) < 0) {
            j++;
        }
        return new int[] {i, j};
    }

    /** {@code n} positioned at the source range {@code range} (offsets in {@link #yaml}). */
    private YamlNode at(YamlNode n, int[] range) {
        return new YamlNode(n.kind(), n.value(), n.text(), n.quoted(), n.items(), n.entries(),
                firstLine + yamlLines.line(range[0]) - 1, yamlLines.column(range[0]),
                firstLine + yamlLines.line(range[1]) - 1, yamlLines.column(range[1]));
    }

    /** The resolver SnakeYAML gave each node its tag with: a tag other than the one it would give was written out. */
    private static final Resolver TAGS = new Resolver();

    /**
     * A scalar with an explicit standard tag ({@code !!str 42}, {@code !!int "3"}): the value Obsidian
     * (js-yaml) reads, which the tag decides, not the quotes; null, with a finding, when the text is
     * no value of that type ({@code !!int abc}), which Obsidian refuses, losing every property.
     * Other standard tags ({@code !!timestamp}, {@code !!binary}, ...) keep the text.
     */
    private YamlNode taggedScalar(ScalarNode s, int l, int c, int el, int ec, boolean links) {
        org.yaml.snakeyaml.nodes.Tag tag = s.getTag();
        String text = s.getValue();
        int from = offset(s.getStartMark());
        int to = offset(s.getEndMark());
        if (tag.equals(org.yaml.snakeyaml.nodes.Tag.STR)) {
            return scalarNode(text, true, l, c, el, ec, from, to, links);
        }
        String expected = tag.equals(org.yaml.snakeyaml.nodes.Tag.INT) ? "a whole number" : tag.equals(org.yaml.snakeyaml.nodes.Tag.FLOAT) ? "a number"
                : tag.equals(org.yaml.snakeyaml.nodes.Tag.BOOL) ? "true or false" : tag.equals(org.yaml.snakeyaml.nodes.Tag.NULL) ? "empty (null)" : null;
        if (expected == null) {
            return scalarNode(text, s.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN, l, c, el, ec, from, to, links);
        }
        Object v = resolvePlain(text.strip());
        boolean fits = tag.equals(org.yaml.snakeyaml.nodes.Tag.INT) ? v instanceof Long || v instanceof java.math.BigInteger
                : tag.equals(org.yaml.snakeyaml.nodes.Tag.FLOAT) ? v instanceof Number
                : tag.equals(org.yaml.snakeyaml.nodes.Tag.BOOL) ? v instanceof Boolean : v == null;
        if (!fits) {
            String name = "!!" + tag.getValue().substring(org.yaml.snakeyaml.nodes.Tag.PREFIX.length());
            problems.add(new Problem(RULE, l, c, l, c + name.length(), "\"" + OneLine.cut(text, 60) + "\" is not " + expected
                    + ", as its tag " + name + " says, so " + (document ? "it cannot be read" : "Obsidian cannot read this "
                    + "frontmatter and every property is lost") + "; remove the tag " + name + " or fix the value"));
            return null;
        }
        return new YamlNode(YamlNode.Kind.SCALAR, v, shared(text), false, null, null, l, c, el, ec);
    }

    /**
     * {@code title: !important meeting}: YAML reads an unquoted value starting with '!' as a type tag,
     * and js-yaml, which Obsidian reads frontmatter with, refuses a tag it does not know, so the note
     * loses every property. SnakeYAML keeps such tags without constructing anything, so it is found here.
     */
    private void localTag(Node node) {
        int l = line(node.getStartMark());
        int c = col(node.getStartMark());
        int from = offset(node.getStartMark());
        int to = offset(node.getEndMark());
        int bang = yaml.indexOf('!', from);
        int tagEnd = bang;
        while (tagEnd >= 0 && tagEnd < yaml.length() && " \t\r\n,[]{}".indexOf(yaml.charAt(tagEnd)) < 0) {
            tagEnd++;
        }
        String tag = bang < 0 ? node.getTag().getValue() : yaml.substring(bang, tagEnd);
        String source = to > from && yaml.substring(from, to).indexOf('\n') < 0 ? yaml.substring(from, to).strip() : null;
        String fix = source != null && !source.isEmpty()
                ? "quote the value: \"" + OneLine.cut(source.replace("\\", "\\\\").replace("\"", "\\\""), 80) + "\""
                : "quote the value, or remove the tag";
        int tagColumn = bang < 0 ? c : c + (bang - from);
        problems.add(new Problem(RULE, l, tagColumn, l, tagColumn + Math.max(1, tag.length()), "YAML reads " + tag
                + " as a type tag, which " + (document ? "vaultlint does not read" : "Obsidian does not know, so it cannot "
                + "read this frontmatter and every property is lost") + "; " + fix));
    }

    private static String flatText(Node n) {
        if (n instanceof ScalarNode s) {
            return s.getValue();
        }
        if (n instanceof SequenceNode seq) {
            StringBuilder sb = new StringBuilder();
            for (Node c : seq.getValue()) {
                if (sb.length() > 0) {
                    sb.append(", ");
                }
                sb.append(flatText(c));
            }
            return sb.toString();
        }
        return "...";
    }

    /** YAML 1.2 core schema for plain scalars: null, true/false, integers and floats. Dates stay text. */
    static Object resolvePlain(String s) {
        switch (s) {
            case "": case "~": case "null": case "Null": case "NULL": return null;
            case "true": case "True": case "TRUE": return Boolean.TRUE;
            case "false": case "False": case "FALSE": return Boolean.FALSE;
            case ".inf": case "+.inf": case ".Inf": case "+.Inf": case ".INF": case "+.INF": return Double.POSITIVE_INFINITY;
            case "-.inf": case "-.Inf": case "-.INF": return Double.NEGATIVE_INFINITY;
            case ".nan": case ".NaN": case ".NAN": return Double.NaN;
            default:
        }
        if (s.length() > 2 && s.charAt(0) == '0' && (s.charAt(1) == 'x' || s.charAt(1) == 'o')) {
            // YAML 1.2 core schema: 0x1F and 0o17 are integers (as for js-yaml); no sign allowed
            int radix = s.charAt(1) == 'x' ? 16 : 8;
            for (int i = 2; i < s.length(); i++) {
                if (Character.digit(s.charAt(i), radix) < 0 || s.charAt(i) > 'f') {
                    return s;
                }
            }
            return integer(s.substring(2), radix);
        }
        if (s.length() < 40) {
            if (INT.matcher(s).matches()) {
                return integer(s.startsWith("+") ? s.substring(1) : s, 10);
            }
            if (FLOAT.matcher(s).matches()) {
                return Double.parseDouble(s);
            }
        }
        return s;
    }

    /** A Long, or a BigInteger when it does not fit one: YAML 1.2 (and Obsidian) read any size of integer as a number. */
    private static Object integer(String digits, int radix) {
        try {
            return Long.parseLong(digits, radix);
        } catch (NumberFormatException e) {
            return new java.math.BigInteger(digits, radix);
        }
    }

    /** Links of a one-line scalar whose text starts at {@code column} as written. */
    private void scanLinks(String value, int line, int column) {
        WikiLinkScanner.scan(value, 0, value.length(), (start, end, link) -> links.add(new Link(Link.Kind.FRONTMATTER,
                link.embed(), shared(value.substring(start, end)), shared(link.target()), shared(link.anchor()), shared(link.alias()), line,
                column + start, line, column + end)));
    }

    /**
     * Links of a composed scalar, positioned where each is written in {@code yaml[from, to)}: block,
     * folded, multi-line and escaped scalars differ from their source (indentation removed, line
     * breaks folded), so each link's text is found again in the source, in order. A link with an
     * escape inside it spans from the next "[[" to the following "]]"; one that cannot be found at all
     * falls back to the scalar's start ({@code line}, {@code column}).
     */
    private void scanLinks(String value, int line, int column, int from, int to) {
        int[] cursor = {from};
        WikiLinkScanner.scan(value, 0, value.length(), (start, end, link) -> {
            String raw = value.substring(start, end);
            int at = -1;
            int stop = -1;
            for (int p = yaml.indexOf(raw.charAt(0), cursor[0]); p >= 0 && p < to; p = yaml.indexOf(raw.charAt(0), p + 1)) {
                stop = matchLoosely(raw, p, to);
                if (stop >= 0) {
                    at = p;
                    break;
                }
            }
            if (at < 0) {
                // An escape inside the link ('[[It''s]]', "[[Caf\u00e9]]"): its text differs from the source,
                // but its brackets do not, so it spans from the next "[[" to the "]]" after it.
                int open = yaml.indexOf("[[", cursor[0]);
                int close = open < 0 ? -1 : yaml.indexOf("]]", open + 2);
                if (open >= 0 && close >= 0 && close + 2 <= to) {
                    at = link.embed() && open > from && yaml.charAt(open - 1) == '!' ? open - 1 : open;
                    stop = close + 2;
                }
            }
            int l = line;
            int c = column;
            int el = line;
            int ec = column;
            if (at >= 0) {
                cursor[0] = stop;
                l = firstLine + yamlLines.line(at) - 1;
                c = yamlLines.column(at);
                el = firstLine + yamlLines.line(stop - 1) - 1;
                ec = yamlLines.column(stop - 1) + 1;
            }
            links.add(new Link(Link.Kind.FRONTMATTER, link.embed(), shared(raw), shared(link.target()),
                    shared(link.anchor()), shared(link.alias()), l, c, el, ec));
        });
    }

    /**
     * End of {@code text} matched at {@code yaml[p]}, a run of whitespace matching any run (a folded
     * line break and the next line's indentation); -1 when it does not match there.
     */
    private int matchLoosely(String text, int p, int to) {
        int i = 0;
        int j = p;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (j >= to || !Character.isWhitespace(yaml.charAt(j))) {
                    return -1;
                }
                while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                while (j < to && Character.isWhitespace(yaml.charAt(j))) {
                    j++;
                }
            } else if (j < to && yaml.charAt(j) == c) {
                i++;
                j++;
            } else {
                return -1;
            }
        }
        return j;
    }

    /** Offset of a mark in {@link #yaml}. */
    private int offset(Mark m) {
        return Math.min(yaml.length(), yamlLines.lineStart(m.getLine() + 1) + col(m) - 1);
    }

    private void collectTags(YamlNode root) {
        for (YamlNode.Entry e : root.entries()) {
            if (!Frontmatter.isTagsKey(e.key())) {
                continue; // Obsidian reads tags from "tags" or "tag" in any case ("Tags:", "TAGS:")
            }
            YamlNode v = e.value();
            commentedTags(e);
            if (v.kind() == YamlNode.Kind.SEQUENCE) {
                for (YamlNode item : v.items()) {
                    if (item.isScalar() && item.value() != null) {
                        addTag(String.valueOf(item.value()), item.line(), item.column());
                    }
                }
            } else if (v.isScalar() && v.value() != null) {
                for (String part : String.valueOf(v.value()).split("[,\\s]+")) {
                    if (!part.isEmpty()) {
                        addTag(part, v.line(), v.column());
                    }
                }
            }
        }
    }

    /**
     * {@code tags: #interview} or {@code - #interview}: YAML reads an unquoted '#' after a space as a
     * comment, so the value is empty and the note silently has no tag. Only the source line shows
     * it, so it is found here and recorded for frontmatter-tags, with the fix.
     */
    private void commentedTags(YamlNode.Entry e) {
        YamlNode v = e.value();
        if (v.isScalar() && v.value() == null && !v.quoted()) {
            String line = rawLine(e.line());
            int colon = line == null ? -1 : line.indexOf(':', e.column() - 1 + e.key().length());
            int hash = colon < 0 ? -1 : skipBlanks(line, colon + 1);
            if (hash >= 0 && hash < line.length() && line.charAt(hash) == '#') {
                String comment = hashWords(line.substring(hash));
                tagProblem(e.line(), hash + 1, line.length() + 1, "\"" + e.key() + "\" is empty: YAML reads " + OneLine.cut(comment, 80)
                        + " as a comment, so the note has no tags (and Obsidian does not accept a leading '#' in "
                        + "frontmatter anyway); write " + e.key() + ": [" + OneLine.cut(String.join(", ", tagWords(comment)), 80) + "]");
            }
        } else if (v.kind() == YamlNode.Kind.SEQUENCE) {
            for (YamlNode item : v.items()) {
                if (!item.isScalar() || item.value() != null || item.quoted()) {
                    continue;
                }
                String line = rawLine(item.line());
                int dash = line == null ? -1 : skipBlanks(line, 0);
                if (dash < 0 || dash >= line.length() || line.charAt(dash) != '-') {
                    continue;
                }
                int hash = skipBlanks(line, dash + 1);
                if (hash < line.length() && line.charAt(hash) == '#') {
                    String comment = hashWords(line.substring(hash));
                    List<String> words = tagWords(comment);
                    tagProblem(item.line(), hash + 1, line.length() + 1, "list item of \"" + e.key()
                            + "\" is empty: YAML reads " + OneLine.cut(comment, 80) + " as a comment, so the tag is lost (and Obsidian "
                            + "does not accept a leading '#' in frontmatter anyway); write - "
                            + OneLine.cut(words.size() == 1 ? words.get(0) : String.join(" and - ", words) + " as separate items", 80));
                }
            }
        }
    }

    /** "#a #b # note" -> [a, b]: the names of the '#'-prefixed words a comment opens with. */
    private static List<String> tagWords(String comment) {
        List<String> out = new ArrayList<>();
        for (String w : comment.split("[\\s,]+")) {
            int i = 0;
            while (i < w.length() && w.charAt(i) == '#') {
                i++;
            }
            if (i == 0) {
                break; // the rest is a comment of words
            }
            if (i < w.length()) {
                out.add(w.substring(i));
            }
        }
        if (out.isEmpty()) {
            out.add("tag-name");
        }
        return out;
    }

    /** "#a #b # note" -> "#a #b": the '#'-words a comment opens with, as shown in messages. */
    private static String hashWords(String comment) {
        StringBuilder sb = new StringBuilder();
        for (String w : comment.strip().split("\\s+")) {
            if (!w.startsWith("#") || (w.length() > 1 && w.chars().allMatch(c -> c == '#'))) {
                break;
            }
            if (w.equals("#") && sb.length() > 0) {
                break; // "#a # note": a second comment marker
            }
            sb.append(sb.length() > 0 ? " " : "").append(w);
        }
        return sb.length() == 0 ? comment.strip() : sb.toString();
    }

    private static int skipBlanks(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** The text of note line {@code noteLine} inside the frontmatter, without its line break; null when outside. */
    private String rawLine(int noteLine) {
        int target = noteLine - firstLine;
        if (target < 0) {
            return null;
        }
        int start = 0;
        for (int k = 0; k < target; k++) {
            int nl = yaml.indexOf('\n', start);
            if (nl < 0) {
                return null;
            }
            start = nl + 1;
        }
        int end = yaml.indexOf('\n', start);
        String line = yaml.substring(start, end < 0 ? yaml.length() : end);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private void tagProblem(int line, int column, int endColumn, String message) {
        problems.add(new Problem("frontmatter-tags", line, column, line, endColumn, message));
    }

    private void addTag(String raw, int line, int column) {
        String name = raw.startsWith("#") ? raw.substring(1) : raw;
        if (!name.isBlank()) {
            tags.add(new Tag(shared(name.trim()), line, column, true));
        }
    }

    private int line(Mark m) {
        return firstLine + m.getLine();
    }

    /** 1-based column in UTF-16 units, like every other column; SnakeYAML counts code points. */
    private int col(Mark m) {
        int start = yamlLines.lineStart(m.getLine() + 1);
        try {
            return yaml.offsetByCodePoints(start, m.getColumn()) - start + 1;
        } catch (IndexOutOfBoundsException e) {
            return m.getColumn() + 1;
        }
    }

    private void problem(int line, int column, String message) {
        // One character wide where the position is on text (a zero-width region shows as nothing in
        // code scanning and the annotations); zero-width past the end of the line.
        problems.add(new Problem(RULE, line, column, line, column < lineLength(line) + 1 ? column + 1 : column, message));
    }

    /** Length of note line {@code line} within this frontmatter (the opening "---" counts), else 0. */
    private int lineLength(int line) {
        if (line == firstLine - 1) {
            return 3; // the opening ---
        }
        int yl = line - firstLine + 1;
        if (yl < 1 || yaml.isEmpty()) {
            return 0;
        }
        if (problemLinesFor != yaml) {
            problemLines = yamlLines != null && yamlLinesFor(yaml) ? yamlLines : new LineIndex(yaml);
            problemLinesFor = yaml;
        }
        if (yl > problemLines.lineCount()) {
            return 0;
        }
        return problemLines.lineEnd(yaml, yl) - problemLines.lineStart(yl);
    }

    private String problemLinesFor;
    private LineIndex problemLines;

    private boolean yamlLinesFor(String text) {
        return yamlLinesText == text;
    }

    private static String oneLine(String s) {
        return s == null ? "" : OneLine.regexSpaces(s).trim();
    }
}
