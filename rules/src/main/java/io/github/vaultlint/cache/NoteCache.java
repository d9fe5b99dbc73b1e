package io.github.vaultlint.cache;

import io.github.vaultlint.Version;
import io.github.vaultlint.parse.NoteParser;
import io.github.vaultlint.type.NoteLabels;
import io.github.vaultlint.vault.Note;
import io.github.vaultlint.vault.NoteBody;
import io.github.vaultlint.vault.VaultFile;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.zip.CRC32C;

/**
 * Parsed note models from earlier runs, keyed by a 128-bit hash of the note's bytes, in one file
 * ({@code notes.bin}) under the cache folder. The whole file is tied to a key made of the engine
 * version (with the jar's stamp for snapshots) and the configuration that changes parsing; any
 * other key means a fresh start. Only per-note models are cached: links, property types, the
 * analysis and suppressions are always recomputed from them, so a deleted or renamed note breaks
 * links to it on the very next run.
 *
 * <p>The file loads on a background thread while the vault is scanned. Lookups are thread-safe.
 * The file is a series of chunks (frames of about 1 MB, each with its own CRC-32C and string table);
 * a note is its content key and its index part (frontmatter, headings, links, labels and the
 * like, decoded at load). Bodies (blocks and tasks) are not stored: a cached note's body comes
 * from reading and parsing its file again on first use (see {@link NoteBody}), which a warm run
 * needs only for notes whose per-note results are not kept. A rewrite copies the chunks at least
 * three quarters of whose notes are still in the vault, old models included (see {@link
 * #worthCopying}), and encodes the other notes afresh; the loaded chunks are released once the file
 * is written. A missing, stale, corrupt or unreadable file is never an error: the run parses
 * everything and says why through the log. The file is rewritten (to a temporary file, then moved
 * into place) only when something changed: a note parsed, or a stale model to drop.
 *
 * <p>Next to it, {@code stat.bin} ({@link StatCache}) records the size, time and identity of each
 * note file a run read, with its content key: a file unchanged by those is not read at all, its key
 * is taken from there (see {@link #unchanged}).
 */
public final class NoteCache {
    /** Bump when the parser's output or the encoding changes in a way the version does not capture. */
    public static final int FORMAT = 25; // 25: the labels hold the summaries of <details> blocks, for match.labels and match.parts; 24: YAML merge keys (<<: *defaults) are applied, no property "<<"; 23: Markdown link destinations as CommonMark reads them: a bare one ends at a space ([v](Missing.md (draft)) is Missing.md with a title, a [a]( at a line's end no longer takes the next line's links), unbalanced parentheses or an unclosed < are no destination, character references are decoded (A&amp;B.md); 22: a bold label may end with its dash inside the bold ("**Task —** ..."); 21: over 100,000 setext headings or paragraphs of reference definitions is an unreadable-file finding, unclosed backtick runs read as text at once; 20: .INF and .NAN are numbers, a list or mapping as a key is a frontmatter-syntax problem, not a "(complex key)" property; 19: the rows and header cells of a table written without outer pipes (Question | My answer | ...), for match.parts; 18: no Markdown link around a wikilink ([see [[Note]]](x.md) is a wikilink in text); 17: a properties block under a blank line is reported only when every line up to its closing --- reads as YAML; 16: the header cells of tables of three or more columns, for match.parts; 15: the unreadable-file message for NUL bytes says to delete them from a damaged note; 14: the labels hold plain labels and table rows, marked, for match.parts; 13: a nested duplicate key named by its path, the folded-scalar hint, a properties block under blank lines; 12: every HTML comment in an HTML block, whether a heading is in a quote, where a comment's text starts, no Markdown link inside a wikilink, reference definitions in quotes with the destination on the next line; 11: whether a comment is closed, an unclosed HTML comment's whole text; 10: plain words for YAML layout mistakes; 9: a value reached through a YAML alias positioned on the alias; 8: a Markdown link path whose percent escapes are not UTF-8 kept as written; 7: "Tags:" in any case are tags, YAML type tags (!foo, !!str) read as Obsidian does; 6: Markdown link destinations without their backslash escapes, a frontmatter link reached through a YAML alias recorded once, math inside a wikilink is its text; 5: a single-emphasis label needs its colon; 4: frontmatter closed by "...", link positions in multi-line values, single-emphasis and short labels
    public static final String FILE = "notes.bin";
    private static final int MAGIC = 0x564C4E43; // "VLNC"
    private static final int FRAME = 1 << 20;
    /** The share of the maximum heap a note cache file may take (see {@link #worthStoring}). */
    static final int HEAP_FRACTION = 32;
    /** Tests set the largest vault (Markdown bytes) worth a note cache here; negative means by the heap. */
    static volatile long storeLimitForTests = -1;

    private final Path dir;
    private final String key;
    private final Consumer<String> log;
    /** Null once its result is taken, so the loaded chunks are not kept by the task. */
    private FutureTask<Map<ContentKey, Record>> loading;
    private volatile Map<ContentKey, Record> loaded;
    /** The loaded records, for the writer: which chunks can be copied. */
    private Map<ContentKey, Record> records = Map.of();
    private final Map<ContentKey, Note> current = new ConcurrentHashMap<>();
    /** This run's content key of every note that went through {@link #lookup}, by path. */
    private final Map<String, ContentKey> keys = new ConcurrentHashMap<>();
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger parsed = new AtomicInteger();
    /** When this run's walk started: the reference for the next run's racy check. */
    private final Instant started;
    /** The last run's stamps; set by the loader before {@link #loaded} is. */
    private volatile StatCache stats = StatCache.NONE;
    /** This run's stamps, by path: for the notes read, what the walk gave; for the others, as loaded. */
    private final Map<String, StatCache.Stamp> stamps = new ConcurrentHashMap<>();
    /** Each note's ctime as {@link #unchanged} read it, before its bytes: the stamp {@link #lookup} records. */
    private final Map<String, Long> ctimes = new ConcurrentHashMap<>();
    private final AtomicInteger unchanged = new AtomicInteger();
    private volatile long loadMillis;
    private Thread saving;

    /** False when only content keys are kept: no models are stored or loaded (see {@link #keysOnly}). */
    private final boolean store;

    private NoteCache(Path dir, String key, Consumer<String> log, boolean store, Instant started) {
        this.dir = dir;
        this.key = key;
        this.log = log == null ? s -> { } : log;
        this.store = store;
        this.started = started;
        this.loading = new FutureTask<>(this::load);
    }

    /**
     * Whether models of notes totalling {@code markdownBytes} are worth a {@code notes.bin}: the file
     * (index parts only, about a quarter of the Markdown) must fit a thirty-second of the heap, about
     * 65k notes under -Xmx1g. Measured at 100k notes under -Xmx1g: keeping the file made a warm run
     * 8.3 s instead of 11.7 s, but the first run 18.8 s instead of 17.3 s with the heap peaking at
     * 981 MB; the first run's margin matters more.
     */
    public static boolean worthStoring(long markdownBytes) {
        if (storeLimitForTests >= 0) {
            return markdownBytes <= storeLimitForTests;
        }
        return markdownBytes / 4 <= Runtime.getRuntime().maxMemory() / HEAP_FRACTION;
    }

    /**
     * A cache that only hashes what it reads, for the per-note results (see {@code ResultCache}):
     * every note is parsed and no {@code notes.bin} is read or written; one left by an earlier run is
     * deleted, as it would be stale.
     */
    public static NoteCache keysOnly(Path dir, Consumer<String> log) {
        NoteCache c = new NoteCache(dir, null, log, false, null);
        c.loaded = Map.of();
        try {
            if (Files.deleteIfExists(dir.resolve(FILE))) {
                c.log.accept("vaultlint: removed " + dir.resolve(FILE) + ": the vault is too large for a note cache in this heap");
            }
            StatCache.delete(dir); // keys without models are of no use to a later run
        } catch (IOException e) {
            c.log.accept("vaultlint: could not remove " + dir.resolve(FILE) + " (" + e.getMessage() + ")");
        }
        return c;
    }

    /**
     * Starts loading the cache in {@code dir} on a background thread and returns at once.
     *
     * @param key what the cached models depend on besides the note's bytes (see {@link #key(long)})
     * @param log receives one-line, human-readable notes on what the cache did (debug level)
     */
    public static NoteCache open(Path dir, String key, Consumer<String> log) {
        return open(dir, key, Instant.now(), log);
    }

    /**
     * As {@link #open(Path, String, Consumer)}, for a run whose walk (which gave the files' stats)
     * started at {@code walkStarted}.
     */
    public static NoteCache open(Path dir, String key, Instant walkStarted, Consumer<String> log) {
        NoteCache c = new NoteCache(dir, key, log, true, walkStarted);
        Thread t = new Thread(c.loading, "vaultlint-cache-load");
        t.setDaemon(true);
        t.start();
        return c;
    }

    /**
     * The cache key for this engine and the settings that shape a parsed note: the engine version
     * (plus, for snapshots, the size and time of the engine's jar, so a rebuilt snapshot starts
     * fresh), {@link #FORMAT} and the note size limit. Rule levels, note types and templates are
     * not part of it: they act on parsed notes, which are the same whatever they say.
     */
    public static String key(long maxFileSize) {
        return "vaultlint " + Version.get() + stamp() + "; format " + FORMAT + "; maxFileSize " + maxFileSize;
    }

    private static String stamp() {
        String v = Version.get();
        if (!v.endsWith("-SNAPSHOT") && !v.equals("dev")) {
            return "";
        }
        // The whole engine's build, not only the parser's: the cache also stores what NoteLabels computes.
        return " (" + ConfigHash.classesStamp() + ")";
    }

    /** Reads a note's bytes again, for the body of a cached note. */
    @FunctionalInterface
    public interface Source {
        byte[] read() throws IOException;
    }

    /**
     * The model of a note with these {@code bytes}: from the cache when an earlier run parsed the
     * same bytes, else from {@code parse} (given the bytes), which is then remembered. The result
     * carries {@code path} and {@code linted} whatever the cached note had. A cached note's blocks
     * and tasks come on first use from {@code parse} over what {@code reread} gives then.
     */
    public Note lookup(byte[] bytes, String path, boolean linted, Source reread, Function<byte[], Note> parse) {
        ContentKey k = ContentKey.of(bytes);
        keys.put(path, k);
        if (!store) {
            parsed.incrementAndGet();
            return parse.apply(bytes);
        }
        Record cached = loaded().get(k);
        if (cached != null) {
            hits.incrementAndGet();
            return cachedNote(cached, k, path, linted, reread, parse);
        }
        Note n = parse.apply(bytes);
        parsed.incrementAndGet();
        current.putIfAbsent(k, n);
        return n;
    }

    /**
     * As {@link #lookup(byte[], String, boolean, Source, Function)} for {@code file} as walked, whose
     * {@code bytes} were read; its size, time and identity are recorded with their key for the next
     * run's {@link #unchanged}.
     */
    public Note lookup(byte[] bytes, VaultFile file, Source reread, Function<byte[], Note> parse) {
        Note n = lookup(bytes, file.path(), file.linted(), reread, parse);
        ContentKey k = keys.get(file.path());
        // A file that changed size between the walk and the read is left to the next run to read.
        Long ctime = ctimes.remove(file.path());
        StatCache.Stamp s = store && bytes.length == file.size() && k != null && ctime != null
                ? StatCache.Stamp.of(file, ctime, k) : null;
        if (s != null) {
            stamps.put(file.path(), s);
        }
        return n;
    }

    /**
     * The cached model of {@code file} without reading it, when its size, time and identity are what
     * the last run recorded (and not too close to that run's start) and the model of the content key
     * recorded then is in the cache; else null, and the file is to be read and looked up. Never with
     * {@link #keysOnly}, which must parse every note.
     */
    public Note unchanged(VaultFile file, Source reread, Function<byte[], Note> parse) {
        if (!store || file.modified() == null) {
            return null;
        }
        Map<ContentKey, Record> models = loaded(); // the stamps are loaded before the models
        long ctime = Ctime.of(file.absolute());
        StatCache.Stamp s = stats.get(file.path());
        Record cached = s == null || !s.matches(file, ctime) ? null : models.get(s.key());
        if (cached == null) {
            ctimes.put(file.path(), ctime); // read before the bytes: lookup's stamp for the next run
            return null;
        }
        keys.put(file.path(), s.key());
        stamps.put(file.path(), s);
        unchanged.incrementAndGet();
        hits.incrementAndGet();
        return cachedNote(cached, s.key(), file.path(), file.linted(), reread, parse);
    }

    private Note cachedNote(Record cached, ContentKey k, String path, boolean linted, Source reread,
                            Function<byte[], Note> parse) {
        NoteCodec.Index idx = cached.index();
        NoteBody body = new NoteBody(() -> body(path, k, reread, parse), idx.labels());
        Note n = idx.note(path, linted, body.blocks(), body.tasks());
        current.putIfAbsent(k, n);
        return n;
    }

    /**
     * A cached note's body: its file read and parsed again. A note edited after this run hashed it
     * (its content key differs now) gets the body of what is on disk now with the index part of what
     * it was: a run during edits may give mixed results for that note, quietly; the next run parses it
     * afresh, its key being new. A note that cannot be read any more (deleted, permissions, grew past
     * the size limit) has no blocks or tasks. Either way {@link #keyOf} forgets the note's key, so
     * its per-note results computed after this are not kept under the old key. Never throws: rule
     * code is reading the views.
     */
    private NoteBody.Parts body(String path, ContentKey k, Source reread, Function<byte[], Note> parse) {
        try {
            byte[] bytes = reread.read();
            if (!ContentKey.of(bytes).equals(k)) {
                keys.remove(path, k);
                stamps.remove(path);
            }
            Note fresh = parse.apply(bytes);
            return new NoteBody.Parts(fresh.blocks(), fresh.tasks());
        } catch (Exception | StackOverflowError e) {
            keys.remove(path, k);
            stamps.remove(path);
            return new NoteBody.Parts(List.of(), List.of());
        }
    }

    /**
     * The content key of the note at {@code path} as read in this run, or null when the note never
     * reached the cache (too large or unreadable) or its body, read again, no longer matched it:
     * per-note results are keyed by it too.
     */
    public ContentKey keyOf(String path) {
        return keys.get(path);
    }

    /** How many lookups the cache answered, and how many notes were parsed. */
    public int hits() {
        return hits.get();
    }

    public int parsed() {
        return parsed.get();
    }

    /** How many of the {@link #hits} were notes not read, their size and time unchanged. */
    public int unchanged() {
        return unchanged.get();
    }

    /**
     * Writes the cache when anything changed (a note parsed, or a cached one no longer in the vault)
     * on a background thread; {@link #awaitSaved()} waits for it. Call once, after every lookup.
     */
    public void saveInBackground() {
        if (!store) {
            log.accept(String.format(java.util.Locale.ROOT, "vaultlint: note cache off for this vault size (%d notes parsed);"
                    + " per-note results are still reused", parsed.get()));
            return;
        }
        Map<ContentKey, Record> before = loaded();
        // Without a parse every current key came from the file, and a rewrite would copy the same
        // chunks, unless one of them is to be encoded afresh without its stale models.
        boolean changed = parsed.get() > 0 || dropsStaleModels(before);
        // Every note unread and no stamp dropped: the stamps on file are this run's.
        boolean restamp = stamps.size() != unchanged.get() || unchanged.get() != stats.count();
        log.accept(String.format(java.util.Locale.ROOT, "vaultlint: cache %s: %d of %d notes reused, %d parsed,"
                        + " %d unchanged by size and time, not read (loaded in %d ms)",
                dir.resolve(FILE), hits.get(), hits.get() + parsed.get(), parsed.get(), unchanged.get(), loadMillis));
        loaded = Map.of(); // stale models are garbage from here on
        stats = StatCache.NONE;
        if (!changed) {
            current.clear();
        } else {
            records = before;
        }
        if (!changed && !restamp) {
            return;
        }
        saving = new Thread(() -> {
            if (changed) {
                save();
            }
            if (restamp) {
                saveStamps();
            }
        }, "vaultlint-cache-save");
        saving.start();
    }

    /** Writes this run's stamps, after {@code notes.bin}: a stamp whose model is not in it only means a read. */
    private void saveStamps() {
        try {
            StatCache.save(dir, key, started, stamps);
        } catch (IOException | RuntimeException e) {
            // An older stat.bin may stay: its stamps were true when written, so a file matching one still has its key.
            log.accept("vaultlint: " + dir.resolve(StatCache.FILE) + " not written (" + e + "); the next run reads the notes"
                    + " changed since the last one written");
        }
    }

    /** Waits for a write started by {@link #saveInBackground()}. */
    public void awaitSaved() throws InterruptedException {
        if (saving != null) {
            saving.join();
        }
    }

    private Map<ContentKey, Record> loaded() {
        Map<ContentKey, Record> m = loaded;
        if (m != null) {
            return m;
        }
        synchronized (this) {
            if (loaded == null) {
                try {
                    loaded = loading.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    loaded = Map.of();
                } catch (ExecutionException e) {
                    loaded = Map.of();
                }
                loading = null;
            }
            return loaded;
        }
    }

    private Map<ContentKey, Record> load() {
        long t0 = System.nanoTime();
        stats = StatCache.load(dir, key, log);
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            log.accept("vaultlint: no note cache at " + file + " yet; every note is parsed");
            return Map.of();
        }
        Map<ContentKey, Record> out = new HashMap<>();
        int read = 0;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC) {
                throw new IOException("not a vaultlint note cache");
            }
            byte[] keyBytes = new byte[in.readInt()];
            if (keyBytes.length > 4096) {
                throw new IOException("corrupt header");
            }
            in.readFully(keyBytes);
            String found = new String(keyBytes, StandardCharsets.UTF_8);
            if (!found.equals(key)) {
                log.accept("vaultlint: note cache " + file + " was written for \"" + found + "\", this run is \"" + key
                        + "\"; every note is parsed");
                return Map.of();
            }
            CRC32C crc = new CRC32C();
            List<Chunk> chunks = new ArrayList<>();
            int trailer;
            while (true) {
                int len = in.readInt();
                int sum = in.readInt();
                if (len == 0) {
                    trailer = sum;
                    break;
                }
                if (len < 0 || len > 64 * FRAME) {
                    throw new IOException("corrupt frame length " + len);
                }
                byte[] frame = new byte[len]; // kept until the rewrite, which copies it when its notes are unchanged
                in.readFully(frame, 0, len);
                crc.reset();
                crc.update(frame, 0, len);
                if ((int) crc.getValue() != sum) {
                    throw new IOException("checksum mismatch");
                }
                chunks.add(new Chunk(frame, sum, new ArrayList<>()));
            }
            // Each chunk has its own string table, so chunks decode independently: the odd ones on a
            // second thread. The run waits for this file while the other core would be idle.
            FutureTask<List<Record>> odd = new FutureTask<>(() -> decodeEvery(chunks, 1));
            if (chunks.size() > 1) {
                Thread t = new Thread(odd, "vaultlint-cache-decode");
                t.setDaemon(true);
                t.start();
            }
            List<Record> even = decodeEvery(chunks, 0);
            List<Record> rest = chunks.size() > 1 ? decoded(odd) : List.of();
            // In file order, as one thread would have put them (a key in two chunks: the later one's model).
            int[] next = new int[2];
            for (int c = 0; c < chunks.size(); c++) {
                List<Record> from = (c & 1) == 0 ? even : rest;
                for (ContentKey k : chunks.get(c).keys()) {
                    out.put(k, from.get(next[c & 1]++));
                    read++;
                }
            }
            if (trailer != read) {
                throw new IOException("holds " + read + " notes, its trailer says " + trailer);
            }
        } catch (EOFException e) {
            log.accept("vaultlint: note cache " + file + " is truncated; ignored, every note is parsed");
            return Map.of();
        } catch (IOException | RuntimeException e) {
            log.accept("vaultlint: note cache " + file + " is unreadable (" + e.getMessage() + "); ignored, every note is parsed");
            return Map.of();
        } finally {
            loadMillis = (System.nanoTime() - t0) / 1_000_000;
        }
        return out;
    }

    /** What the second decoding thread gave; its failure as the file's (the file is then ignored). */
    private static List<Record> decoded(FutureTask<List<Record>> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(String.valueOf(cause.getMessage()), cause);
        }
    }

    /**
     * Decodes chunks {@code first}, {@code first + 2}, ... of {@code chunks}: fills each one's keys and
     * returns their records in that order.
     */
    private static List<Record> decodeEvery(List<Chunk> chunks, int first) {
        List<Record> out = new ArrayList<>();
        byte[] hash = new byte[ContentKey.BYTES];
        for (int i = first; i < chunks.size(); i += 2) {
            Chunk chunk = chunks.get(i);
            NoteCodec.Reader r = new NoteCodec.Reader(); // each chunk has its own string table
            r.reset(chunk.data(), 0, chunk.data().length);
            while (r.more()) {
                r.bytes(hash);
                chunk.keys().add(ContentKey.of16(hash));
                out.add(new Record(r.index(), chunk));
            }
        }
        return out;
    }

    /**
     * Writes this run's notes. A loaded chunk with most of its notes still in the vault (see {@link
     * #worthCopying}) is copied as it was read; every other note is encoded into new chunks (which have
     * their own string tables), a cached one from the labels it was loaded with, so nothing here
     * reads a cached note's body.
     */
    private void save() {
        long t0 = System.nanoTime();
        Path file = dir.resolve(FILE);
        Path tmp = null;
        int copied = 0;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, FILE, ".tmp");
            Set<Chunk> keep = Collections.newSetFromMap(new IdentityHashMap<>());
            Set<Chunk> drop = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Record rec : records.values()) {
                Chunk c = rec.chunk();
                if (c == null || keep.contains(c) || drop.contains(c)) {
                    continue;
                }
                (worthCopying(c) ? keep : drop).add(c);
            }
            NoteCodec.Writer w = new NoteCodec.Writer();
            CRC32C crc = new CRC32C();
            int count = 0;
            try (OutputStream os = Files.newOutputStream(tmp);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, 1 << 16))) {
                out.writeInt(MAGIC);
                byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
                out.writeInt(keyBytes.length);
                out.write(keyBytes);
                for (Chunk c : keep) {
                    out.writeInt(c.data().length);
                    out.writeInt(c.crc());
                    out.write(c.data());
                    count += c.keys().size();
                    copied += c.keys().size();
                }
                for (Map.Entry<ContentKey, Note> e : current.entrySet()) {
                    Record rec = records.get(e.getKey());
                    if (rec != null && rec.chunk() != null && keep.contains(rec.chunk())) {
                        continue;
                    }
                    Note n = e.getValue();
                    w.bytes(e.getKey().bytes());
                    w.index(n, rec != null ? rec.index().labels() : NoteLabels.of(n));
                    count++;
                    if (w.size() >= FRAME) {
                        frame(out, w, crc);
                    }
                }
                if (w.size() > 0) {
                    frame(out, w, crc);
                }
                out.writeInt(0);
                out.writeInt(count);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            log.accept(String.format(java.util.Locale.ROOT, "vaultlint: note cache written: %d notes (%d copied as they"
                            + " were), %d KB in %d ms", count, copied, Files.size(file) / 1024,
                    (System.nanoTime() - t0) / 1_000_000));
        } catch (IOException | RuntimeException e) {
            log.accept("vaultlint: note cache " + file + " not written (" + e + "); the next run parses every note");
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: a stray temporary file is harmless
                }
            }
        } finally {
            current.clear(); // the notes live on in the run; the cache's own index of them can go
            records = Map.of();
        }
    }

    /** Whether a rewrite would drop a stale model: one in a chunk that is not {@linkplain #worthCopying copied}. */
    private boolean dropsStaleModels(Map<ContentKey, Record> loaded) {
        Set<Chunk> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Record rec : loaded.values()) {
            Chunk c = rec.chunk();
            if (c != null && seen.add(c) && !worthCopying(c)) {
                for (ContentKey k : c.keys()) {
                    if (!current.containsKey(k)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether a loaded chunk is copied into the new file as it was read: when it is not too small and
     * at least three quarters of its notes are still in the vault. An edit then re-encodes only the
     * edited note, not the thousands sharing its chunk; the models of the old versions stay in the
     * file, unused, until their chunk falls below the mark and its live notes are encoded afresh.
     */
    private boolean worthCopying(Chunk c) {
        if (c.data().length < FRAME / 4) {
            return false;
        }
        int live = 0;
        for (ContentKey k : c.keys()) {
            if (current.containsKey(k)) {
                live++;
            }
        }
        return live * 4 >= c.keys().size() * 3;
    }

    /** Writes the writer's chunk as a frame and starts the next chunk (with its own string table). */
    private static void frame(DataOutputStream out, NoteCodec.Writer w, CRC32C crc) throws IOException {
        crc.reset();
        crc.update(w.buffer(), 0, w.size());
        out.writeInt(w.size());
        out.writeInt((int) crc.getValue());
        out.write(w.buffer(), 0, w.size());
        w.restart();
    }

    /** A chunk as read: its bytes (a frame), their checksum and the content keys of its notes in order. */
    private record Chunk(byte[] data, int crc, List<ContentKey> keys) {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** A loaded note: its index part and the chunk it was read from. */
    private record Record(NoteCodec.Index index, Chunk chunk) {
    }
}
