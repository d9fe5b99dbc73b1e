package io.github.vaultlint.vault;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The bulky part of a cached note (its blocks and tasks), produced on first access: a warm run
 * needs them only for the notes whose local rules or analysis run again (the note cache stores no
 * bodies; it parses the note file again). {@link #blocks()} and {@link #tasks()} are immutable
 * list views that {@link Note} keeps as they are; their first use from any thread produces the
 * body once. {@link #labels} is what {@code NoteLabels} would compute
 * from the whole note, kept alongside so classifying a note by its labels needs no body.
 * Thread-safe.
 */
public final class NoteBody {
    /** The body: what a parse gives for blocks and tasks. */
    public record Parts(List<Block> blocks, List<Task> tasks) {
        public Parts {
            blocks = List.copyOf(blocks);
            tasks = List.copyOf(tasks);
        }
    }

    private Supplier<Parts> source;
    private volatile Parts parts;
    private final List<String> labels;
    private final List<Block> blocks = new View<>(this, Parts::blocks);
    private final List<Task> tasks = new View<>(this, Parts::tasks);

    /**
     * @param source produces the parts, called at most once; it must not throw (rule code reads the
     *     views), so it answers empty parts for a note it cannot read
     * @param labels the note's labels as {@code NoteLabels.of} computes them for the whole note
     */
    public NoteBody(Supplier<Parts> source, List<String> labels) {
        this.source = source;
        this.labels = List.copyOf(labels);
    }

    public List<Block> blocks() {
        return blocks;
    }

    public List<Task> tasks() {
        return tasks;
    }

    /** Whether the body has been produced (for tests and statistics). */
    public boolean decoded() {
        return parts != null;
    }

    /**
     * The labels kept with the body whose {@link #blocks()} view {@code blocks} is, or null when
     * {@code blocks} is an ordinary list (the caller computes them).
     */
    public static List<String> labels(List<Block> blocks) {
        return blocks instanceof View<?> v ? v.body.labels : null;
    }

    /** The body behind a view, or null for an ordinary list. */
    public static NoteBody of(List<?> list) {
        return list instanceof View<?> v ? v.body : null;
    }

    /** True for the lazy views, which {@link Note} keeps instead of copying (copying would produce the body). */
    static boolean isView(List<?> list) {
        return list instanceof View<?>;
    }

    private Parts parts() {
        Parts p = parts;
        if (p == null) {
            synchronized (this) {
                p = parts;
                if (p == null) {
                    p = source.get();
                    parts = p;
                    source = null;
                }
            }
        }
        return p;
    }

    /** An immutable list that produces its body on first access. */
    private static final class View<E> extends AbstractList<E> implements RandomAccess {
        private final NoteBody body;
        private final Function<Parts, List<E>> pick;

        View(NoteBody body, Function<Parts, List<E>> pick) {
            this.body = body;
            this.pick = pick;
        }

        @Override
        public E get(int index) {
            return pick.apply(body.parts()).get(index);
        }

        @Override
        public int size() {
            return pick.apply(body.parts()).size();
        }
    }
}
