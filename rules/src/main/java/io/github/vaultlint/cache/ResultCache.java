package io.github.vaultlint.cache;

import io.github.vaultlint.analysis.Analyzer;
import io.github.vaultlint.rule.Finding;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
 * Per-note results of earlier runs, in one file ({@code results.bin}) next to the note cache: the
 * findings of the note-local rules ({@code RuleInfo.local()}), the analyzer's per-note extraction,
 * and the findings of the link rules ({@code RuleInfo.links()}) with what they were computed from.
 * An entry is keyed by the note's path and the 128-bit hash of its bytes ({@link ContentKey}); the
 * whole file by the note cache's key (engine build, format, size limit), this file's format, the
 * rules there are and a hash of everything that configures the run (see {@code ConfigHash}). Any
 * other key means every note is checked afresh.
 *
 * <p>Link findings are replayed only while the key of the vault's names (every path, folder and
 * alias: see {@code LinkResolver.names}) and the content key of every note their resolution looked
 * into are what they were, so a deleted, renamed or created note, or a heading changed in a linked
 * note, makes the notes it concerns resolve their links again. Other cross-note rules, vault-wide
 * checks, suppressions and the aggregation of the analysis always run, on the (cached) note models.
 *
 * <p>The file loads on a background thread; an entry is decoded only when it is reused, and written
 * back as the very bytes that were read, so a warm run encodes only the notes that changed. Each
 * entry has its own string table for that reason. A missing, foreign or corrupt file is never an
 * error: the run computes everything and says why through the log. The file is rewritten (to a
 * temporary file, then moved into place) only when something changed, holding exactly this run's notes.
 */
public final class ResultCache {
    /** Bump when the encoding or what a cached result means changes in a way the key does not capture. */
    public static final int FORMAT = 25; // 25: schema date findings say why and how to fix, a comma text where a list is wanted gets the list, a property a typo from an optional declared one is reported, property-type tells a date written another way its form, frontmatter-syntax reports a property written twice in different cases; 24: three plain Name: labels make an inline STAR story, a placeholder closed by . : or ! is empty, star-result-measurable checks measurable parts of topics, a Markdown path with .. inside is also looked up from the vault root; 23: STAR and debrief parts written as <details> blocks with a <summary> naming the part, a label's content ending at the </details> around it; 22: an interview's company and date from its title property, file name, H1 or folders, a draft status or tag, the debrief template's work-on and follow-up wordings; 21: a wikilink written with a character reference (&amp;) whose decoded name resolves says so, Markdown suggestions write an & that would start a reference as %26; 20: a <br> in a weak-points or actions table cell separates two points; 19: a bold label with its dash inside the bold, a debrief topic written as first-person prose; 18: property-type reports dates that do not exist in a date or date & time property, and no longer reports one text in a list (multitext, aliases, cssclasses) property; 17: a link whose target and display text name a file with a pipe in its name says so; 16: an empty Title: in any case, a title of invisible spaces; 15: tags with punctuation or as one text of words, schema findings beside a reported tag, numbers and [word] quoted as written, yes/no for a checkbox, a capitalised Type:, .inf against a compared schema; 14: a table of actions gives each row the status and due date of its Status and Due columns, frontmatter company/role/date/draft in any case, the built-in taxonomy's new keywords and a keyword of several words owning its words; 13: debriefs written a topic per row (| Question | How I responded | What was weak | ... |), their weak points and actions; a story bank's empty table of stories is no story; a table's column order reported once; outside a story bank a table that opens no story completes none (match.parts alike); 12: link messages: no suggestion from an attachment's extension, headings suggested without brackets, web addresses, hidden folders, the vault's new link format, the Greek final sigma; 11: outside a story bank a table of part columns holds stories only when its header names Situation, Task and a third part; 10: STAR parts written as table columns, a story per row; 9: a broken link into a folder the scan could not read says so; 8: STAR and debrief parts written as two-column table rows; 7: schema messages name an if/then condition and how to write a value of the wrong form; 6: an action's task status (in progress, cancelled) and due date; 5: the link rules' findings with what they were computed from; 4: autolinks and reference links in item text, a company linked with its folder, plain section titles; 3: a debrief's tasks outside its topics are its interview's actions
    public static final String FILE = "results.bin";
    private static final int MAGIC = 0x564C5243; // "VLRC"

    /** One note's cached results: its local rules' findings (with severities) and its analysis. */
    public record Entry(List<Finding> findings, Analyzer.PerNote analysis) {
    }

    /**
     * The link rules' findings on one note, computed under the vault's {@code names} key while the
     * notes they read had the content keys in {@code consulted}.
     */
    public record Links(ContentKey names, Map<String, ContentKey> consulted, List<Finding> findings) {
    }

    /** An entry as stored: the content key it is valid for, its encoded bytes and its encoded {@link Links} (or null). */
    private record Stored(ContentKey key, byte[] data, byte[] links) {
    }

    /** The file as read: the key it was written for and its entries by note path. */
    private record Loaded(String key, Map<String, Stored> entries) {
    }

    /** A result computed in this run, filled in by the rules, then the analysis. */
    private static final class Fresh {
        final ContentKey key;
        final List<Finding> findings;
        volatile Analyzer.PerNote analysis;

        Fresh(ContentKey key, List<Finding> findings) {
            this.key = key;
            this.findings = findings;
        }
    }

    private final Path dir;
    private final Consumer<String> log;
    private final FutureTask<Loaded> loading;
    private volatile long loadMillis;
    private String key;
    private volatile boolean matched;
    private Map<String, Stored> usable = Map.of();
    /** Entries reused in this run, by path, with their decoded form for the analysis phase. */
    private final Map<String, Stored> reusedStored = new ConcurrentHashMap<>();
    private final Map<String, Entry> reused = new ConcurrentHashMap<>();
    private final Map<String, Fresh> fresh = new ConcurrentHashMap<>();
    /** Link findings computed in this run, with the content key of the note they are for. */
    private final Map<String, Map.Entry<ContentKey, Links>> freshLinks = new ConcurrentHashMap<>();
    /** Notes whose stored link findings this run replayed. */
    private final Set<String> reusedLinks = ConcurrentHashMap.newKeySet();
    private final AtomicInteger corrupt = new AtomicInteger();
    private Thread saving;

    private ResultCache(Path dir, Consumer<String> log) {
        this.dir = dir;
        this.log = log == null ? s -> { } : log;
        this.loading = new FutureTask<>(this::load);
    }

    /**
     * Starts reading the file in {@code dir} on a background thread and returns at once. Nothing is
     * reused before {@link #bind} confirms the file was written under this run's key.
     */
    public static ResultCache open(Path dir, Consumer<String> log) {
        ResultCache c = new ResultCache(dir, log);
        Thread t = new Thread(c.loading, "vaultlint-results-load");
        t.setDaemon(true);
        t.start();
        return c;
    }

    /**
     * The file's key: {@code noteCacheKey} (engine build, note format, size limit), this file's
     * {@link #FORMAT} and {@code configHash}, which covers the rules and everything that configures them.
     */
    public static String key(String noteCacheKey, String configHash) {
        return noteCacheKey + "; results format " + FORMAT + "; config " + configHash;
    }

    /**
     * Waits for the file and keeps its entries when it was written under {@code key}; otherwise every
     * note is computed afresh (and says why). Call once, before the first {@link #reuse}.
     */
    public void bind(String key) throws InterruptedException {
        this.key = key;
        Loaded l;
        try {
            l = loading.get();
        } catch (ExecutionException e) {
            l = null;
        }
        if (l == null) {
            return;
        }
        if (!l.key().equals(key)) {
            log.accept("vaultlint: result cache " + dir.resolve(FILE) + " was written for another engine or configuration"
                    + " (\"" + l.key() + "\", this run is \"" + key + "\"); every note is checked");
            return;
        }
        usable = l.entries();
        matched = true;
    }

    /**
     * Whether {@link #bind} found the file written under this run's key. Results are kept only by a
     * run whose schemas all compiled, and the key covers every schema file, so then they still do.
     */
    public boolean matched() {
        return matched;
    }

    /** Whether {@code dir} holds a results file at all (without one, nothing can be reused). */
    public static boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve(FILE));
    }

    /**
     * The results an earlier run computed for the note at {@code path} with the bytes {@code content},
     * or null when there are none (or they cannot be decoded): then the caller computes them and
     * hands them to {@link #findings} and {@link #analysis}. Thread-safe.
     */
    public Entry reuse(String path, ContentKey content) {
        if (content == null) {
            return null;
        }
        Stored s = usable.get(path);
        if (s == null || !s.key().equals(content)) {
            return null;
        }
        Entry e = decode(s.data(), ResultCodec::read);
        if (e == null) {
            return null;
        }
        reusedStored.put(path, s);
        reused.put(path, e);
        return e;
    }

    /**
     * The link rules' findings an earlier run computed for the note at {@code path} with the bytes
     * {@code content}, when they still hold: computed under the vault names key {@code names}, and every
     * note they read has the same content key now ({@code keyOf}, null when unknown). Else null: the
     * caller resolves the note's links and hands the result to {@link #links}. Thread-safe.
     */
    public List<Finding> reuseLinks(String path, ContentKey content, ContentKey names, Function<String, ContentKey> keyOf) {
        Stored s = content == null ? null : usable.get(path);
        if (s == null || s.links() == null || !s.key().equals(content)) {
            return null;
        }
        Links l = decode(s.links(), ResultCodec::readLinks);
        if (l == null || !l.names().equals(names)) {
            return null;
        }
        for (Map.Entry<String, ContentKey> c : l.consulted().entrySet()) {
            if (!c.getValue().equals(keyOf.apply(c.getKey()))) {
                return null;
            }
        }
        reusedLinks.add(path);
        return l.findings();
    }

    /** {@code bytes} decoded whole by {@code read}, or null (and counted) when they do not decode. */
    private <T> T decode(byte[] bytes, Function<NoteCodec.Reader, T> read) {
        try {
            NoteCodec.Reader r = new NoteCodec.Reader();
            r.reset(bytes, 0, bytes.length);
            T t = read.apply(r);
            if (r.more()) {
                throw new IllegalStateException("trailing bytes");
            }
            return t;
        } catch (RuntimeException ex) {
            corrupt.incrementAndGet();
            return null;
        }
    }

    /** The link rules' findings just computed for the note at {@code path} with the bytes {@code content}. */
    public void links(String path, ContentKey content, Links links) {
        if (content != null) {
            freshLinks.put(path, Map.entry(content, new Links(links.names(), Map.copyOf(links.consulted()),
                    List.copyOf(links.findings()))));
        }
    }

    /** The entry {@link #reuse} returned for {@code path} in this run, or null: what the analysis reuses. */
    public Entry reused(String path) {
        return reused.get(path);
    }

    /** The local rules' findings just computed for the note at {@code path} (null content: not cacheable). */
    public void findings(String path, ContentKey content, List<Finding> findings) {
        if (content != null) {
            fresh.put(path, new Fresh(content, List.copyOf(findings)));
        }
    }

    /** The analysis just computed for the note at {@code path}, after its {@link #findings}. */
    public void analysis(String path, Analyzer.PerNote result) {
        Fresh f = fresh.get(path);
        if (f != null) {
            f.analysis = result;
        }
    }

    /**
     * Writes the file when anything changed (a note computed, or an entry no longer in the vault) on a
     * background thread; {@link #awaitSaved()} waits for it. Call once, after the analysis.
     */
    public void saveInBackground() {
        int computed = (int) fresh.values().stream().filter(f -> f.analysis != null).count();
        log.accept(String.format(Locale.ROOT, "vaultlint: result cache %s: results reused for %d of %d notes, %d computed;"
                        + " link results reused for %d, resolved for %d%s (loaded in %d ms)", dir.resolve(FILE), reused.size(),
                reused.size() + computed, computed, reusedLinks.size(), freshLinks.size(),
                corrupt.get() > 0 ? ", " + corrupt.get() + " undecodable" : "", loadMillis));
        boolean changed = computed > 0 || reusedStored.size() != usable.size() || !freshLinks.isEmpty();
        usable = Map.of();
        if (key == null || !changed) {
            return;
        }
        saving = new Thread(this::save, "vaultlint-results-save");
        saving.start();
    }

    /** Waits for a write started by {@link #saveInBackground()}. */
    public void awaitSaved() throws InterruptedException {
        if (saving != null) {
            saving.join();
        }
    }

    private Loaded load() {
        long t0 = System.nanoTime();
        Path file = dir.resolve(FILE);
        try {
            if (!Files.isRegularFile(file)) {
                log.accept("vaultlint: no result cache at " + file + " yet; every note is checked");
                return null;
            }
            byte[] all = Files.readAllBytes(file);
            if (all.length < 16) {
                throw new IOException("truncated");
            }
            CRC32C crc = new CRC32C();
            crc.update(all, 0, all.length - 4);
            ByteBuffer in = ByteBuffer.wrap(all);
            if (in.getInt() != MAGIC) {
                throw new IOException("not a vaultlint result cache");
            }
            if ((int) crc.getValue() != in.getInt(all.length - 4)) {
                throw new IOException("checksum mismatch");
            }
            String found = string(in);
            int n = in.getInt();
            if (n < 0) {
                throw new IOException("corrupt entry count");
            }
            Map<String, Stored> entries = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                String path = string(in);
                ContentKey k = new ContentKey(in.getLong(), in.getLong());
                byte[] data = new byte[length(in)];
                in.get(data);
                byte[] links = new byte[length(in)];
                in.get(links);
                entries.put(path, new Stored(k, data, links.length == 0 ? null : links));
            }
            if (in.remaining() != 4) {
                throw new IOException("trailing bytes");
            }
            return new Loaded(found, entries);
        } catch (IOException | RuntimeException e) {
            log.accept("vaultlint: result cache " + file + " is unreadable (" + e.getMessage() + "); ignored, every note is checked");
            return null;
        } finally {
            loadMillis = (System.nanoTime() - t0) / 1_000_000;
        }
    }

    private static int length(ByteBuffer in) throws IOException {
        int len = in.getInt();
        if (len < 0 || len > in.remaining()) {
            throw new IOException("corrupt length " + len);
        }
        return len;
    }

    private static String string(ByteBuffer in) throws IOException {
        byte[] b = new byte[length(in)];
        in.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private void save() {
        long t0 = System.nanoTime();
        Path file = dir.resolve(FILE);
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, FILE, ".tmp");
            NoteCodec.Writer w = new NoteCodec.Writer();
            // Fresh entries are encoded as they are written, not gathered first: at 100k notes the
            // file is some 60 MB, which the heap should not hold twice.
            int count = 0;
            for (Map.Entry<String, Fresh> e : fresh.entrySet()) {
                if (e.getValue().analysis != null) {
                    count++;
                }
            }
            for (String path : reusedStored.keySet()) {
                Fresh f = fresh.get(path);
                if (f == null || f.analysis == null) {
                    count++;
                }
            }
            CRC32C crc = new CRC32C();
            try (OutputStream os = Files.newOutputStream(tmp)) {
                Sink s = new Sink(os, crc);
                s.putInt(MAGIC);
                s.put(key.getBytes(StandardCharsets.UTF_8));
                s.putInt(count);
                for (Map.Entry<String, Stored> e : reusedStored.entrySet()) {
                    Fresh f = fresh.get(e.getKey());
                    if (f == null || f.analysis == null) {
                        entry(s, e.getKey(), e.getValue().key(), e.getValue().data(), e.getValue().data().length);
                        links(s, w, e.getKey(), e.getValue());
                    }
                }
                for (Map.Entry<String, Fresh> e : fresh.entrySet()) {
                    Fresh f = e.getValue();
                    if (f.analysis == null) {
                        continue; // not analysed: not a complete result
                    }
                    w.restart();
                    ResultCodec.write(w, new Entry(f.findings, f.analysis));
                    entry(s, e.getKey(), f.key, w.buffer(), w.size());
                    links(s, w, e.getKey(), new Stored(f.key, null, null));
                }
                s.flush();
                os.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            log.accept(String.format(Locale.ROOT, "vaultlint: result cache written: %d notes, %d KB in %d ms",
                    count, Files.size(file) / 1024, (System.nanoTime() - t0) / 1_000_000));
        } catch (IOException | RuntimeException e) {
            log.accept("vaultlint: result cache " + file + " not written (" + e + "); the next run checks every note");
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: a stray temporary file is harmless
                }
            }
        } finally {
            reusedStored.clear();
            reused.clear();
            fresh.clear();
            freshLinks.clear();
            reusedLinks.clear();
        }
    }

    /**
     * The link part of the entry for {@code path} written as {@code stored}: this run's findings for the
     * same bytes, else the stored ones this run found still valid, else none (length 0).
     */
    private void links(Sink s, NoteCodec.Writer w, String path, Stored stored) throws IOException {
        Map.Entry<ContentKey, Links> computed = freshLinks.get(path);
        if (computed != null && computed.getKey().equals(stored.key())) {
            w.restart();
            ResultCodec.write(w, computed.getValue());
            s.put(w.buffer(), w.size());
        } else if (stored.links() != null && reusedLinks.contains(path)) {
            s.put(stored.links());
        } else {
            s.putInt(0);
        }
    }

    private static void entry(Sink s, String path, ContentKey key, byte[] data, int length) throws IOException {
        s.put(path.getBytes(StandardCharsets.UTF_8));
        s.putLong(key.hi());
        s.putLong(key.lo());
        s.put(data, length);
    }

    /** Buffered big-endian output that checksums everything it writes. */
    private static final class Sink {
        private final OutputStream os;
        private final CRC32C crc;
        private final ByteBuffer buf = ByteBuffer.allocate(1 << 16);

        Sink(OutputStream os, CRC32C crc) {
            this.os = os;
            this.crc = crc;
        }

        void putInt(int v) throws IOException {
            room(4);
            buf.putInt(v);
        }

        void putLong(long v) throws IOException {
            room(8);
            buf.putLong(v);
        }

        /** A length-prefixed byte string. */
        void put(byte[] b) throws IOException {
            put(b, b.length);
        }

        /** The first {@code length} bytes of {@code b}, after their length. */
        void put(byte[] b, int length) throws IOException {
            putInt(length);
            if (length > buf.capacity()) {
                flush();
                crc.update(b, 0, length);
                os.write(b, 0, length);
                return;
            }
            room(length);
            buf.put(b, 0, length);
        }

        private void room(int n) throws IOException {
            if (buf.remaining() < n) {
                flush();
            }
        }

        void flush() throws IOException {
            crc.update(buf.array(), 0, buf.position());
            os.write(buf.array(), 0, buf.position());
            buf.clear();
        }
    }
}
