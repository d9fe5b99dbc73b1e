package io.github.vaultlint.link;

import io.github.vaultlint.parse.NoteParser;
import io.github.vaultlint.vault.Note;
import io.github.vaultlint.vault.Problem;
import io.github.vaultlint.vault.VaultFile;
import io.github.vaultlint.vault.VaultIndex;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Builds an in-memory vault (no disk) for resolver tests: notes by path and text, plus attachments. */
final class TestVault {
    private final Map<String, String> notes = new LinkedHashMap<>();
    private final List<String> attachments = new ArrayList<>();
    private final List<String> folders = new ArrayList<>();
    private final List<String> unreadable = new ArrayList<>();

    TestVault note(String path, String text) {
        notes.put(path, text);
        return this;
    }

    TestVault file(String path) {
        attachments.add(path);
        return this;
    }

    /** A note the reader could not parse (binary, too large): it exists but has no model. */
    TestVault unreadable(String path) {
        unreadable.add(path);
        return this;
    }

    TestVault folder(String path) {
        folders.add(path);
        return this;
    }

    VaultIndex build() {
        NoteParser parser = new NoteParser();
        List<VaultFile> files = new ArrayList<>();
        List<Note> parsed = new ArrayList<>();
        TreeSet<String> dirs = new TreeSet<>(folders);
        for (Map.Entry<String, String> e : notes.entrySet()) {
            files.add(new VaultFile(e.getKey(), Path.of("/nonexistent", e.getKey()), e.getValue().length(), true));
            parsed.add(parser.parse(e.getKey(), true, e.getValue()));
        }
        for (String u : unreadable) {
            files.add(new VaultFile(u, Path.of("/nonexistent", u), 1, true));
            parsed.add(Note.unreadable(u, true, new Problem("unreadable-file", 1, 1, 1, 1, "binary")));
        }
        for (String a : attachments) {
            files.add(new VaultFile(a, Path.of("/nonexistent", a), 1, true));
        }
        for (VaultFile f : files) {
            String p = f.path();
            for (int i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1)) {
                dirs.add(p.substring(0, i));
            }
        }
        files.sort((a, b) -> a.path().compareTo(b.path()));
        return new VaultIndex(Path.of("/nonexistent"), files, parsed, new ArrayList<>(dirs), List.of());
    }

    /** Resolves every link of {@code from}. */
    static List<Resolution> resolve(VaultIndex vault, String from) {
        LinkResolver r = new LinkResolver(vault);
        return r.resolutions(vault.note(from));
    }
}
