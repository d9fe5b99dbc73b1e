package io.github.vaultlint.cache;

import io.github.vaultlint.vault.Block;
import io.github.vaultlint.vault.BlockId;
import io.github.vaultlint.vault.Comment;
import io.github.vaultlint.vault.Frontmatter;
import io.github.vaultlint.vault.Heading;
import io.github.vaultlint.vault.Link;
import io.github.vaultlint.vault.Note;
import io.github.vaultlint.vault.Problem;
import io.github.vaultlint.vault.Tag;
import io.github.vaultlint.vault.Task;
import io.github.vaultlint.vault.YamlNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small binary form of a {@link Note}'s index part (everything but its path, linted flag, blocks
 * and tasks; the cache is keyed by content, so a renamed note reuses its model, and it parses a
 * cached note's file again for its blocks and tasks): what cross-note work reads on every run.
 * Integers are zig-zag varints; short strings go into a table shared by the whole stream, so a
 * heading or link target that
 * recurs across notes is stored and decoded once. Every component of every record is written, so
 * a decoded index part equals the parsed one's; adding a component to a model record breaks the build
 * here (the canonical constructors are called), which is the reminder to extend the format and
 * bump {@link NoteCache#FORMAT}.
 */
final class NoteCodec {
    /** Strings up to this length go into the shared table. */
    private static final int TABLE_MAX = 64;
    private static final int NULL = 0;
    private static final int INLINE = 1;
    private static final int NEW = 2;
    private static final int REF = 3;

    private NoteCodec() {
    }

    /** A note's index part as decoded: everything but its body. */
    record Index(Frontmatter frontmatter, List<Heading> headings, List<Link> links, List<BlockId> blockIds,
                 List<Tag> tags, List<Comment> comments, List<Problem> problems, int lineCount, List<String> labels) {

        Note note(String path, boolean linted, List<Block> blocks, List<Task> tasks) {
            return new Note(path, linted, frontmatter, headings, links, blockIds, tags, tasks, blocks, comments, problems,
                    lineCount);
        }
    }

    /** Appends encoded notes to a growable buffer. Not thread-safe. */
    static final class Writer {
        private byte[] buf = new byte[1 << 16];
        private int pos;
        private final Map<String, Integer> table = new HashMap<>();

        int size() {
            return pos;
        }

        byte[] buffer() {
            return buf;
        }

        void reset() {
            pos = 0;
        }

        /** Empties the buffer and the string table: what follows decodes on its own. */
        void restart() {
            pos = 0;
            table.clear();
        }

        void bytes(byte[] b) {
            bytes(b, 0, b.length);
        }

        void bytes(byte[] b, int from, int len) {
            ensure(len);
            System.arraycopy(b, from, buf, pos, len);
            pos += len;
        }

        /**
         * The part of a note that cross-note work reads on every run: frontmatter, headings, links,
         * block ids, tags, comments, problems, the line count, and the note's labels (so classifying
         * it by labels needs no blocks).
         */
        void index(Note n, List<String> labels) {
            frontmatter(n.frontmatter());
            varint(n.headings().size());
            for (Heading h : n.headings()) {
                varint(h.level());
                string(h.text());
                varint(h.line());
                varint(h.column());
                varint(h.endColumn());
                varint(h.parent());
                varint(h.sectionEndLine());
                bool(h.quoted());
            }
            varint(n.links().size());
            for (Link l : n.links()) {
                varint(l.kind().ordinal());
                bool(l.embed());
                string(l.raw());
                string(l.target());
                string(l.anchor());
                string(l.alias());
                varint(l.line());
                varint(l.column());
                varint(l.endLine());
                varint(l.endColumn());
            }
            varint(n.blockIds().size());
            for (BlockId b : n.blockIds()) {
                string(b.id());
                varint(b.line());
                varint(b.column());
            }
            varint(n.tags().size());
            for (Tag t : n.tags()) {
                string(t.name());
                varint(t.line());
                varint(t.column());
                bool(t.inFrontmatter());
            }
            varint(n.comments().size());
            for (Comment c : n.comments()) {
                bool(c.html());
                string(c.text());
                varint(c.line());
                varint(c.column());
                varint(c.endLine());
                varint(c.endColumn());
                bool(c.closed());
                varint(c.textLine());
                varint(c.textColumn());
            }
            varint(n.problems().size());
            for (Problem p : n.problems()) {
                string(p.ruleId());
                varint(p.line());
                varint(p.column());
                varint(p.endLine());
                varint(p.endColumn());
                string(p.message());
            }
            varint(n.lineCount());
            varint(labels.size());
            for (String l : labels) {
                string(l);
            }
        }

        private void frontmatter(Frontmatter fm) {
            bool(fm != null);
            if (fm != null) {
                varint(fm.startLine());
                varint(fm.endLine());
                yaml(fm.root());
            }
        }

        private void yaml(YamlNode y) {
            bool(y != null);
            if (y == null) {
                return;
            }
            varint(y.kind().ordinal());
            Object v = y.value();
            if (v == null) {
                varint(0);
            } else if (v instanceof String s) {
                varint(1);
                string(s);
            } else if (v instanceof Boolean b) {
                varint(b ? 2 : 3);
            } else if (v instanceof Long l) {
                varint(4);
                varlong(l);
            } else if (v instanceof Double d) {
                varint(5);
                varlong(Double.doubleToRawLongBits(d));
            } else if (v instanceof java.math.BigInteger b) {
                varint(6);
                string(b.toString());
            } else {
                throw new IllegalArgumentException("unexpected YAML value " + v.getClass());
            }
            string(y.text());
            bool(y.quoted());
            if (y.items() == null) {
                varint(-1);
            } else {
                varint(y.items().size());
                for (YamlNode i : y.items()) {
                    yaml(i);
                }
            }
            if (y.entries() == null) {
                varint(-1);
            } else {
                varint(y.entries().size());
                for (YamlNode.Entry e : y.entries()) {
                    string(e.key());
                    varint(e.line());
                    varint(e.column());
                    yaml(e.value());
                }
            }
            varint(y.line());
            varint(y.column());
            varint(y.endLine());
            varint(y.endColumn());
        }

        void string(String s) {
            if (s == null) {
                varint(NULL);
                return;
            }
            if (s.length() <= TABLE_MAX) {
                Integer id = table.get(s);
                if (id != null) {
                    varint(REF + id);
                    return;
                }
                table.put(s, table.size());
                varint(NEW);
            } else {
                varint(INLINE);
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            varint(b.length);
            bytes(b);
        }

        void bool(boolean b) {
            ensure(1);
            buf[pos++] = (byte) (b ? 1 : 0);
        }

        void varint(int v) {
            varlong(v);
        }

        private void varlong(long v) {
            long z = (v << 1) ^ (v >> 63);
            ensure(10);
            while ((z & ~0x7FL) != 0) {
                buf[pos++] = (byte) ((z & 0x7F) | 0x80);
                z >>>= 7;
            }
            buf[pos++] = (byte) z;
        }

        private void ensure(int n) {
            if (pos + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
            }
        }
    }

    /** Decodes notes from a byte range. The string table carries over between ranges of one stream. */
    static final class Reader {
        private byte[] buf;
        private int pos;
        private int end;
        private final List<String> table = new ArrayList<>();

        void reset(byte[] b, int from, int to) {
            buf = b;
            pos = from;
            end = to;
        }

        boolean more() {
            return pos < end;
        }

        void bytes(byte[] into) {
            check(into.length);
            System.arraycopy(buf, pos, into, 0, into.length);
            pos += into.length;
        }

        /** What {@link Writer#index} wrote. */
        Index index() {
            Frontmatter fm = bool() ? new Frontmatter(varint(), varint(), yaml()) : null;
            int n = count();
            List<Heading> headings = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                headings.add(new Heading(varint(), string(), varint(), varint(), varint(), varint(), varint(), bool()));
            }
            n = count();
            List<Link> links = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                links.add(new Link(Link.Kind.values()[varint()], bool(), string(), string(), string(), string(),
                        varint(), varint(), varint(), varint()));
            }
            n = count();
            List<BlockId> blockIds = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                blockIds.add(new BlockId(string(), varint(), varint()));
            }
            n = count();
            List<Tag> tags = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                tags.add(new Tag(string(), varint(), varint(), bool()));
            }
            n = count();
            List<Comment> comments = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                comments.add(new Comment(bool(), string(), varint(), varint(), varint(), varint(), bool(), varint(), varint()));
            }
            n = count();
            List<Problem> problems = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                problems.add(new Problem(string(), varint(), varint(), varint(), varint(), string()));
            }
            int lineCount = varint();
            n = count();
            List<String> labels = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                labels.add(string());
            }
            return new Index(fm, List.copyOf(headings), List.copyOf(links), List.copyOf(blockIds), List.copyOf(tags),
                    List.copyOf(comments), List.copyOf(problems), lineCount, labels);
        }

        private YamlNode yaml() {
            if (!bool()) {
                return null;
            }
            YamlNode.Kind kind = YamlNode.Kind.values()[varint()];
            Object value;
            int tag = varint();
            switch (tag) {
                case 0: value = null; break;
                case 1: value = string(); break;
                case 2: value = Boolean.TRUE; break;
                case 3: value = Boolean.FALSE; break;
                case 4: value = varlong(); break;
                case 5: value = Double.longBitsToDouble(varlong()); break;
                case 6: value = new java.math.BigInteger(string()); break;
                default: throw new IllegalStateException("bad YAML value tag " + tag);
            }
            String text = string();
            boolean quoted = bool();
            List<YamlNode> items = null;
            int n = varint();
            if (n >= 0) {
                items = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    items.add(yaml());
                }
            }
            List<YamlNode.Entry> entries = null;
            n = varint();
            if (n >= 0) {
                entries = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    entries.add(new YamlNode.Entry(string(), varint(), varint(), yaml()));
                }
            }
            return new YamlNode(kind, value, text, quoted, items == null ? null : List.copyOf(items),
                    entries == null ? null : List.copyOf(entries), varint(), varint(), varint(), varint());
        }

        String string() {
            int tag = varint();
            if (tag == NULL) {
                return null;
            }
            if (tag >= REF) {
                return table.get(tag - REF);
            }
            int len = varint();
            check(len);
            String s = new String(buf, pos, len, StandardCharsets.UTF_8);
            pos += len;
            if (tag == NEW) {
                table.add(s);
            }
            return s;
        }

        int count() {
            int n = varint();
            if (n < 0 || n > end - pos) {
                throw new IllegalStateException("bad count " + n); // each element takes at least a byte
            }
            return n;
        }

        boolean bool() {
            check(1);
            return buf[pos++] != 0;
        }

        int varint() {
            long v = varlong();
            if (v != (int) v) {
                throw new IllegalStateException("int out of range");
            }
            return (int) v;
        }

        private long varlong() {
            long z = 0;
            int shift = 0;
            while (true) {
                check(1);
                byte b = buf[pos++];
                z |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    break;
                }
                shift += 7;
                if (shift > 63) {
                    throw new IllegalStateException("varint too long");
                }
            }
            return (z >>> 1) ^ -(z & 1);
        }

        private void check(int n) {
            if (n < 0 || pos + n > end) {
                throw new IllegalStateException("truncated");
            }
        }
    }
}
