package io.github.vaultlint.report;

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

    public SourceLines(Path root) {
        this.root = root.toAbsolutePath().normalize();
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
        Path p = root.resolve(file).normalize();
        if (!p.startsWith(root)) {
            return List.of();
        }
        try {
            if (!Files.isRegularFile(p) || Files.size(p) > MAX_BYTES) {
                return List.of();
            }
            byte[] bytes = Files.readAllBytes(p);
            for (byte b : bytes) {
                if (b == 0) {
                    return List.of(); // binary
                }
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return lines(text);
        } catch (IOException e) {
            return List.of();
        }
    }
}
