package io.github.vaultlint.section;

import io.github.vaultlint.vault.Block;
import io.github.vaultlint.vault.Heading;
import io.github.vaultlint.vault.Note;

import java.util.ArrayList;
import java.util.List;

/**
 * What part matching needs from a note, whatever the template: each heading's normalised text and
 * display title, and the label that opens each line of a paragraph or list item (a callout title on
 * a quote's first line, else a bold, short or plain label). Computed once per note and shared by
 * every template located in it: normalising labels is most of the cost of locating parts.
 */
record NoteLines(String[] headingNormalized, String[] headingDisplay, List<LineEntry> labels) {

    /**
     * A line of block {@code blockIndex} (its {@code lineInBlock}-th) that opens with a label.
     * {@code callout} marks a callout title, which stops the line from being read as anything else.
     */
    record LineEntry(int blockIndex, int lineInBlock, String line, Labels.LineLabel label, String normalized, boolean callout) {
    }

    static NoteLines of(Note note) {
        List<Heading> headings = note.headings();
        String[] normalized = new String[headings.size()];
        String[] display = new String[headings.size()];
        for (int i = 0; i < headings.size(); i++) {
            normalized[i] = Labels.normalize(headings.get(i).text());
            display[i] = Labels.displayTitle(headings.get(i).text());
        }
        List<LineEntry> labels = new ArrayList<>();
        List<Block> blocks = note.blocks();
        for (int bi = 0; bi < blocks.size(); bi++) {
            Block b = blocks.get(bi);
            if (b.kind() != Block.Kind.PARAGRAPH && b.kind() != Block.Kind.LIST_ITEM) {
                continue;
            }
            String text = b.text();
            int k = 0;
            for (int from = 0; from <= text.length(); k++) {
                int nl = text.indexOf('\n', from);
                int to = nl < 0 ? text.length() : nl;
                String line = text.substring(from, to);
                LineEntry e = entry(b, bi, k, line);
                if (e != null) {
                    labels.add(e);
                }
                from = to + 1;
            }
        }
        return new NoteLines(normalized, display, labels);
    }

    private static LineEntry entry(Block b, int bi, int k, String line) {
        if (k == 0 && b.quoteDepth() > 0 && b.line() == b.quoteLine()) {
            Labels.LineLabel title = Labels.callout(line);
            if (title != null) {
                return new LineEntry(bi, k, line, title, title.normalized(), true);
            }
        }
        Labels.LineLabel label = Labels.atLineStart(line);
        return label == null ? null : new LineEntry(bi, k, line, label, label.normalized(), false);
    }
}
