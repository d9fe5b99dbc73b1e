package io.github.vaultlint.section;

import io.github.vaultlint.vault.Block;
import io.github.vaultlint.vault.Heading;
import io.github.vaultlint.vault.Note;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every occurrence of a template's parts in a note, in all the forms people write them
 * (heading, bold label, short label, callout title), works out which heading each one belongs to
 * (its owner), and cuts out each part's content. Works on the compact note model only.
 */
public final class PartLocator {

    /** A part occurrence with the heading it belongs to (-1: the note itself). */
    public record Located(PartHit hit, int owner, boolean canonical) {
    }

    /** A heading or bold label that names no part, kept for "did you mean". */
    public record Candidate(String text, String normalized, int line, int owner) {
    }

    /** Everything found for one template in one note. */
    public record Found(Template template, List<Located> hits, List<Candidate> candidates) {
        public Found {
            hits = List.copyOf(hits);
            candidates = List.copyOf(candidates);
        }
    }

    private final Template template;
    private final String noteName;
    private final List<Heading> headings;
    private final List<Block> blocks;
    private final Part[] partHeading;
    private final int[] partHeadingOwner;
    private final Map<Integer, Integer> quoteEnd = new HashMap<>();

    private final NoteLines lines;

    private PartLocator(Note note, NoteLines lines, Template template) {
        this.template = template;
        this.lines = lines;
        this.noteName = note.name();
        this.headings = note.headings();
        this.blocks = note.blocks();
        this.partHeading = new Part[headings.size()];
        this.partHeadingOwner = new int[headings.size()];
        Arrays.fill(partHeadingOwner, Integer.MIN_VALUE);
        for (Block b : blocks) {
            if (b.quoteDepth() > 0) {
                quoteEnd.merge(b.quoteLine(), b.endLine(), Math::max);
            }
        }
    }

    public static Found locate(Note note, Template template) {
        return locate(note, NoteLines.of(note), template);
    }

    /** Locates with the template-independent line labels of the note already computed. */
    static Found locate(Note note, NoteLines lines, Template template) {
        return new PartLocator(note, lines, template).run();
    }

    /** A raw occurrence before its content is cut: where it starts and how far it may reach. */
    private record Raw(Part part, Labels.Form form, String label, int line, int column, int endColumn, int heading,
                       int owner, boolean canonical, int blockIndex, int lineInBlock, String rest, int restColumn) {
    }

    private Found run() {
        List<Raw> raws = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        String[] normalized = lines.headingNormalized();
        for (int i = 0; i < headings.size(); i++) {
            String n = normalized[i];
            partHeading[i] = n.isEmpty() ? null : template.match(n);
        }
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            String n = normalized[i];
            if (partHeading[i] != null) {
                raws.add(new Raw(partHeading[i], Labels.Form.HEADING, lines.headingDisplay()[i], h.line(), h.column(),
                        h.endColumn(), i, ownerOfPartHeading(i), partHeading[i].isCanonical(n), -1, 0, "", 0));
            } else if (!n.isEmpty()) {
                candidates.add(new Candidate(lines.headingDisplay()[i], n, h.line(), ownerOfPartHeading(i)));
            }
        }
        for (NoteLines.LineEntry e : lines.labels()) {
            scanLine(blocks.get(e.blockIndex()), e, raws, candidates);
        }
        raws.sort(Comparator.comparingInt(Raw::line).thenComparingInt(Raw::column));
        int[] boundaries = boundaries(raws);
        List<Located> out = new ArrayList<>(raws.size());
        for (int i = 0; i < raws.size(); i++) {
            Raw r = raws.get(i);
            List<Block> content = content(r, boundaries[i]);
            String section = r.owner >= 0 ? lines.headingDisplay()[r.owner] : noteName;
            out.add(new Located(new PartHit(r.part, r.form, r.label, r.line, r.column, r.endColumn, r.heading, section,
                    content, Content.isEmpty(content)), r.owner, r.canonical));
        }
        return new Found(template, out, candidates);
    }

    private void scanLine(Block b, NoteLines.LineEntry e, List<Raw> raws, List<Candidate> candidates) {
        int bi = e.blockIndex();
        int k = e.lineInBlock();
        String line = e.line();
        int lineNo = b.line() + k;
        int owner = ownerOfBlock(b.heading());
        int heading = b.heading();
        if (e.callout()) {
            Labels.LineLabel title = e.label();
            String n = e.normalized();
            Part p = template.match(n);
            if (p != null) {
                int col = b.column() + title.column();
                raws.add(new Raw(p, Labels.Form.CALLOUT, title.text(), lineNo, col, col + title.text().length(), heading,
                        owner, p.isCanonical(n), bi, k, "", 0));
            }
            return;
        }
        Labels.LineLabel label = e.label();
        Part p;
        String n = e.normalized();
        if (label.form() == Labels.Form.SHORT) {
            p = template.matchShort(label.text());
        } else {
            p = template.match(n);
        }
        if (p != null && label.form() == Labels.Form.PLAIN && !p.isCanonical(n)) {
            p = null; // plain words only count when they are the part's own name ("Result:")
        }
        int col = b.column() + label.column();
        if (p == null) {
            if (label.form() == Labels.Form.BOLD && !n.isEmpty()) {
                candidates.add(new Candidate(label.text(), n, lineNo, owner));
            }
            return;
        }
        // A plain "Result:" fills a part of a unit that exists, but never makes a story on its own:
        // ordinary notes ("Result: finished the module") must not become half-written STAR stories.
        boolean canonical = label.form() == Labels.Form.SHORT || (label.form() != Labels.Form.PLAIN && p.isCanonical(n));
        raws.add(new Raw(p, label.form(), label.text(), lineNo, col, b.column() + Math.max(label.column() + 1, label.restStart()),
                heading, owner, canonical, bi, k, line.substring(Math.min(label.restStart(), line.length())),
                b.column() + label.restStart()));
    }

    /**
     * For each occurrence, the line of the next occurrence of a different part in the same unit:
     * where its content stops. Another occurrence of the same part (a callout inside its heading)
     * does not cut it. One backward pass per unit, remembering each part's nearest later line.
     */
    private static int[] boundaries(List<Raw> raws) {
        int[] out = new int[raws.size()];
        Map<Integer, Map<Part, Integer>> nextByOwner = new HashMap<>();
        for (int i = raws.size() - 1; i >= 0; i--) {
            Raw r = raws.get(i);
            Map<Part, Integer> next = nextByOwner.computeIfAbsent(r.owner, k -> new HashMap<>());
            int b = Integer.MAX_VALUE;
            for (Map.Entry<Part, Integer> e : next.entrySet()) {
                if (e.getKey() != r.part && e.getValue() > r.line) {
                    b = Math.min(b, e.getValue());
                }
            }
            out[i] = b;
            next.put(r.part, r.line);
        }
        return out;
    }

    // ---- ownership ---------------------------------------------------------------------------

    /** Nearest heading in the chain h, parent(h), ... that is a part heading, or -1. */
    private int partAncestor(int h) {
        while (h >= 0) {
            if (partHeading[h] != null) {
                return h;
            }
            h = headings.get(h).parent();
        }
        return -1;
    }

    /** The unit heading a part heading belongs to: its parent, skipping headings that are parts themselves. */
    private int ownerOfPartHeading(int i) {
        if (partHeadingOwner[i] != Integer.MIN_VALUE) {
            return partHeadingOwner[i];
        }
        int p = headings.get(i).parent();
        int a = partAncestor(p);
        int owner = a >= 0 ? ownerOfPartHeading(a) : p;
        partHeadingOwner[i] = owner;
        return owner;
    }

    /** A label in the section of heading {@code h} belongs to h, or to the unit of a part heading above it. */
    private int ownerOfBlock(int h) {
        int a = partAncestor(h);
        return a >= 0 ? ownerOfPartHeading(a) : h;
    }

    // ---- content -----------------------------------------------------------------------------

    private List<Block> content(Raw r, int boundary) {
        List<Block> out = new ArrayList<>();
        if (r.form == Labels.Form.HEADING) {
            Heading h = headings.get(r.heading);
            int end = Math.min(h.sectionEndLine(), boundary - 1);
            for (int bi = firstBlockAfter(h.line()); bi < blocks.size() && blocks.get(bi).line() <= end; bi++) {
                addLines(out, blocks.get(bi), 0, end);
            }
            return out;
        }
        Block own = blocks.get(r.blockIndex);
        int end = boundary - 1;
        if (own.quoteDepth() > 0) {
            end = Math.min(end, quoteEnd.getOrDefault(own.quoteLine(), own.endLine()));
        }
        if (!r.rest.isBlank()) {
            out.add(own.slice(r.rest, r.line, r.line, r.restColumn));
        }
        if (r.lineInBlock + 1 <= own.endLine() - own.line()) {
            addLines(out, own, r.lineInBlock + 1, end);
        }
        for (int bi = r.blockIndex + 1; bi < blocks.size(); bi++) {
            Block b = blocks.get(bi);
            if (b.line() > end) {
                break;
            }
            // Same section; for a quoted label or a callout, also inside the quote (end is its last line).
            boolean inside = b.heading() == own.heading() && b.quoteDepth() >= own.quoteDepth();
            if (!inside) {
                break;
            }
            addLines(out, b, 0, end);
        }
        return out;
    }

    /** Index of the first block starting after {@code line} (blocks are sorted by line). */
    private int firstBlockAfter(int line) {
        int lo = 0;
        int hi = blocks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (blocks.get(mid).line() <= line) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Adds block b from its line {@code fromIndex} on, cut at line {@code lastLine}. */
    private static void addLines(List<Block> out, Block b, int fromIndex, int lastLine) {
        if (fromIndex == 0 && b.endLine() <= lastLine) {
            out.add(b);
            return;
        }
        String[] lines = b.text().split("\n", -1);
        int first = b.line() + fromIndex;
        int last = Math.min(lastLine, b.line() + lines.length - 1);
        if (last < first || fromIndex >= lines.length) {
            return;
        }
        String part = String.join("\n", Arrays.copyOfRange(lines, fromIndex, last - b.line() + 1));
        out.add(b.slice(part, first, last, b.column()));
    }
}
