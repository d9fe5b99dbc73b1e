package io.github.vaultlint.baseline;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vaultlint.config.ConfigException;
import io.github.vaultlint.rule.Finding;
import io.github.vaultlint.util.AtomicFile;
import io.github.vaultlint.util.JsonErrors;
import io.github.vaultlint.util.Utf8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The committed list of accepted findings ({@code vaultlint-baseline.json}). A finding whose
 * fingerprint is in the baseline is reported as baselined and does not fail the gate.
 */
public record Baseline(Map<String, Entry> entries) {

    public static final String FILE = "vaultlint-baseline.json";

    /** One accepted finding; the message is kept for humans reviewing the file. */
    public record Entry(String fingerprint, String ruleId, String file, String message) {
    }

    /** How the current findings relate to the baseline. */
    public record Comparison(List<Finding> fresh, List<Finding> baselined, List<Entry> fixed) {
    }

    public static Baseline of(List<Finding> findings, Map<Finding, String> fingerprints) {
        Map<String, Entry> m = new LinkedHashMap<>();
        for (Finding f : findings) {
            String fp = fingerprints.get(f);
            m.put(fp, new Entry(fp, f.ruleId(), f.file(), f.message()));
        }
        return new Baseline(m);
    }

    /**
     * Matches findings to entries by fingerprint, with the file name's Unicode normalisation left out:
     * a note named "Résumé.md" is NFC on one machine and NFD on another (macOS hands Java NFC names,
     * while a Linux checkout keeps the bytes a commit recorded, often NFD), and a baseline written on
     * one must hold on the other.
     */
    public Comparison compare(List<Finding> findings, Map<Finding, String> fingerprints) {
        List<Finding> fresh = new ArrayList<>();
        List<Finding> known = new ArrayList<>();
        Map<String, List<Entry>> unseen = new LinkedHashMap<>();
        for (Entry e : entries.values()) {
            unseen.computeIfAbsent(key(e.fingerprint()), k -> new ArrayList<>()).add(e);
        }
        java.util.Set<String> keys = new java.util.HashSet<>(unseen.keySet());
        for (Finding f : findings) {
            String fp = fingerprints.get(f);
            String k = fp == null ? null : key(fp);
            if (k != null && keys.contains(k)) {
                known.add(f);
                unseen.remove(k);
            } else {
                fresh.add(f);
            }
        }
        List<Entry> fixed = new ArrayList<>();
        unseen.values().forEach(fixed::addAll);
        return new Comparison(fresh, known, fixed);
    }

    /** A fingerprint as matched: its non-ASCII part (the path) in NFC; rule ids and hashes are ASCII. */
    private static String key(String fingerprint) {
        for (int i = 0; i < fingerprint.length(); i++) {
            if (fingerprint.charAt(i) >= 0x80) {
                return java.text.Normalizer.normalize(fingerprint, java.text.Normalizer.Form.NFC);
            }
        }
        return fingerprint;
    }

    /** The baseline without the fixed entries of {@code c}. */
    public Baseline pruned(Comparison c) {
        Map<String, Entry> m = new LinkedHashMap<>(entries);
        for (Entry e : c.fixed()) {
            m.remove(e.fingerprint());
        }
        return new Baseline(m);
    }

    public static Baseline read(Path file) throws ConfigException {
        try {
            return parse(file, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read the baseline (" + e.getMessage() + ")");
        }
    }

    /** The baseline in {@code bytes}, read from {@code file}; a UTF-8 BOM (some editors add one) is allowed. */
    public static Baseline parse(Path file, byte[] bytes) throws ConfigException {
        try {
            String text = Utf8.decode(bytes);
            JsonNode root = new ObjectMapper().readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
            JsonNode list = root == null ? null : root.get("findings");
            if (list == null || !list.isArray()) {
                throw new ConfigException(file + ": not a vaultlint baseline (no \"findings\" list); regenerate it with mvn vaultlint:baseline");
            }
            JsonNode version = root.get("version");
            if (version != null && !"1".equals(version.asText())) {
                // Read as version 1, a baseline whose fingerprints are made otherwise matches nothing: every
                // finding would be new, every entry fixed, and updateBaseline would prune them all.
                throw new ConfigException(file + ": baseline version " + version + " is not one this vaultlint reads (1); "
                        + "use the vaultlint that wrote it, or regenerate it with mvn vaultlint:baseline");
            }
            Map<String, Entry> m = new LinkedHashMap<>();
            int i = 0;
            for (JsonNode n : list) {
                i++;
                String fp = n.path("fingerprint").asText("");
                if (fp.isEmpty()) {
                    // Skipped, it matched nothing and its finding showed as new with no word why.
                    throw new ConfigException(file + ": finding " + i + " of the baseline has no \"fingerprint\""
                            + (n.isObject() ? "" : " (it is not an object)") + ", so it can match no finding; "
                            + "restore it from version control or regenerate the baseline with mvn vaultlint:baseline");
                }
                m.put(fp, new Entry(fp, n.path("ruleId").asText(""), n.path("file").asText(""), n.path("message").asText("")));
            }
            return new Baseline(m);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ConfigException(file + ":" + JsonErrors.line(e) + ":" + JsonErrors.column(e)
                    + ": baseline is not valid JSON (" + JsonErrors.reason(e) + "); regenerate it with mvn vaultlint:baseline");
        } catch (Utf8.MalformedException e) {
            throw new ConfigException(file + ":" + e.line() + ":" + e.column() + ": the baseline is not valid UTF-8 (" + e.where()
                    + "); regenerate it with mvn vaultlint:baseline, or save it as UTF-8");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read the baseline (" + e.getMessage() + ")");
        }
    }

    /**
     * Removes the fixed entries of {@code c} from the baseline file, which held {@code asRead} when the
     * check began; every other byte stays (see {@link BaselineText}). Nothing is written when nothing
     * was fixed, and a file changed while the check ran is left alone: pruning it would undo that change.
     */
    public static boolean prune(Path file, byte[] asRead, Comparison c) throws ConfigException, IOException {
        if (c.fixed().isEmpty()) {
            return false;
        }
        byte[] now = Files.readAllBytes(file);
        if (!java.util.Arrays.equals(now, asRead)) {
            throw new ConfigException("baseline " + file + " changed while the check ran, so its fixed entries were not pruned; "
                    + "run the check with vaultlint.updateBaseline again");
        }
        if (readOnly(file)) {
            throw new ConfigException("baseline " + file + " is read-only, so its " + c.fixed().size() + " fixed entr"
                    + (c.fixed().size() == 1 ? "y was" : "ies were") + " not pruned; make it writable (chmod u+w) or drop "
                    + "vaultlint.updateBaseline");
        }
        java.util.Set<String> fixed = new java.util.HashSet<>();
        for (Entry e : c.fixed()) {
            fixed.add(e.fingerprint());
        }
        AtomicFile.write(file, BaselineText.without(now, fixed));
        return true;
    }

    /**
     * Whether the baseline goal may replace {@code file}: it does not exist, is empty, is a baseline, or
     * has the baseline's own name (a baseline with merge conflicts is regenerated, not refused). Any other
     * file, a note above all, is someone's work and is never overwritten.
     */
    public static void checkReplaceable(Path file) throws ConfigException {
        if (!Files.exists(file)) {
            return;
        }
        if (Files.isDirectory(file)) {
            throw new ConfigException("baseline " + file + " is a folder; set vaultlint.baseline to a file, e.g. "
                    + file.resolve(FILE));
        }
        if (readOnly(file)) {
            throw new ConfigException("baseline " + file + " is read-only, so it was not overwritten; make it writable "
                    + "(chmod u+w), or set vaultlint.baseline to another file");
        }
        try {
            if (Files.size(file) == 0 || file.getFileName().toString().equals(FILE)) {
                return;
            }
            parse(file, Files.readAllBytes(file));
        } catch (ConfigException | IOException e) {
            throw new ConfigException(file + " exists and is not a vaultlint baseline, so it was not overwritten; "
                    + "set vaultlint.baseline to another file (e.g. " + FILE + "), or delete this one first");
        }
    }

    /**
     * A file its owner made read-only (no owner write bit; root could still write it) is kept as it is:
     * replacing it by a rename would go through, as the folder is writable.
     */
    private static boolean readOnly(Path file) {
        try {
            java.nio.file.attribute.PosixFileAttributeView v = Files.getFileAttributeView(file,
                    java.nio.file.attribute.PosixFileAttributeView.class);
            return v != null ? !v.readAttributes().permissions().contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE)
                    : !Files.isWritable(file);
        } catch (IOException e) {
            return false; // the write itself then says what is wrong
        }
    }

    /**
     * Writes atomically, sorted by file then fingerprint so diffs stay small. A baseline being replaced
     * keeps its BOM and CRLF line endings (a Windows checkout), so a regenerated one differs only where
     * its findings do.
     */
    public void write(Path file) throws IOException {
        List<Entry> sorted = new ArrayList<>(entries.values());
        sorted.sort((a, b) -> a.file().equals(b.file()) ? a.fingerprint().compareTo(b.fingerprint()) : a.file().compareTo(b.file()));
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (JsonGenerator g = new com.fasterxml.jackson.core.JsonFactory().createGenerator(buf, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            g.writeStartObject();
            g.writeNumberField("version", 1);
            g.writeArrayFieldStart("findings");
            for (Entry e : sorted) {
                g.writeStartObject();
                g.writeStringField("fingerprint", e.fingerprint());
                g.writeStringField("ruleId", e.ruleId());
                g.writeStringField("file", e.file());
                g.writeStringField("message", e.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        String text = buf.toString(StandardCharsets.UTF_8);
        byte[] old = Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
        String before = new String(old, StandardCharsets.UTF_8);
        if (before.contains("\r\n")) {
            text = text.replace("\n", "\r\n");
        }
        if (before.startsWith("\uFEFF")) {
            text = "\uFEFF" + text;
        }
        AtomicFile.write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
