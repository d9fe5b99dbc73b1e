package io.github.vaultlint.report;

import io.github.vaultlint.util.FileNames;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Source lines of the files that have findings, read lazily and once, for output that quotes the
 * offending text (fingerprints, the full console format). Files above the size cap or unreadable
 * files yield no lines. Paths are vault-relative and never leave the vault root.
 */
public final class SourceLines {
    private static final long MAX_BYTES = 16L * 1024 * 1024;
    private final Path root;
    private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

    /** The root as the file system has it (symbolic links resolved), or null when that cannot be had. */
    private final Path realRoot;

    public SourceLines(Path root) {
        this.root = root.toAbsolutePath().normalize();
        Path real;
        try {
            real = this.root.toRealPath();
        } catch (IOException | SecurityException e) {
            real = null;
        }
        this.realRoot = real;
    }

    /**
     * Reads {@code files} ahead on several threads: fingerprints quote the findings of hundreds of
     * files, which one thread would read one after another.
     */
    public void preload(java.util.Collection<String> files) {
        files.parallelStream().forEach(f -> cache.computeIfAbsent(f, this::load));
    }

    /** The 1-based {@code line} of {@code file}, without its line break, or "" if unavailable. */
    public String line(String file, int line) {
        List<String> lines = cache.computeIfAbsent(file, this::load);
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
    }

    /** {@code text} split at CRLF, CR and LF, keeping a trailing empty line (as {@code split(regex, -1)} would). */
    static List<String> lines(String text) {
        List<String> out = new java.util.ArrayList<>();
        if (text.indexOf('\r') < 0) {
            // The usual case, by String.indexOf: a build's fresh JVM runs a loop of its own over
            // every character interpreted, which for the few hundred files with findings took 100 ms.
            int start = 0;
            for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
                out.add(text.substring(start, nl));
                start = nl + 1;
            }
            out.add(text.substring(start));
            return out;
        }
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }

    private List<String> load(String file) {
        Path p = FileNames.onDisk(root, file).normalize();
        if (!p.startsWith(root)) {
            return List.of();
        }
        try {
            // A symbolic link out of the vault is an unreadable-file finding, never read (nor quoted).
            if (realRoot == null || !p.toRealPath().startsWith(realRoot)) {
                return List.of();
            }
            if (!Files.isRegularFile(p) || Files.size(p) > MAX_BYTES) {
                return List.of();
            }
            String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
            if (text.indexOf('\0') >= 0) {
                return List.of(); // binary (a NUL byte decodes to U+0000)
            }
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return lines(text);
        } catch (IOException | SecurityException e) {
            return List.of();
        }
    }
}
