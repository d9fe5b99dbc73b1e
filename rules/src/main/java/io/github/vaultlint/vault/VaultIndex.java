package io.github.vaultlint.vault;

import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Read-only view of the whole vault after parsing: every file (link targets) and every parsed note.
 * Built once; lookups are O(1).
 */
public final class VaultIndex {
    private final Path root;
    private final List<VaultFile> files;
    private final List<Note> notes;
    private final Map<String, VaultFile> filesByPath;
    private final Map<String, VaultFile> filesByLowerPath;
    private final Map<String, Note> notesByPath;
    private final List<String> folders;
    private final List<VaultProblem> problems;
    private final PropertyTypes propertyTypes;

    /** A problem with a vault file that has no parsed note (scan errors, Obsidian settings). */
    public record VaultProblem(String ruleId, String path, int line, int column, String message) {
    }

    public VaultIndex(Path root, List<VaultFile> files, List<Note> notes, List<String> folders,
                      List<VaultProblem> problems) {
        this(root, files, notes, folders, problems, PropertyTypes.NONE);
    }

    /** @param propertyTypes the property types Obsidian stores for the vault ({@code .obsidian/types.json}) */
    public VaultIndex(Path root, List<VaultFile> files, List<Note> notes, List<String> folders,
                      List<VaultProblem> problems, PropertyTypes propertyTypes) {
        this.root = root;
        this.propertyTypes = propertyTypes;
        this.problems = List.copyOf(problems);
        this.files = List.copyOf(files);
        this.notes = List.copyOf(notes);
        this.folders = List.copyOf(folders);
        Map<String, VaultFile> byPath = new HashMap<>(files.size() * 2);
        Map<String, VaultFile> byLower = new HashMap<>(files.size() * 2);
        for (VaultFile f : files) {
            byPath.put(f.path(), f);
            byLower.putIfAbsent(f.path().toLowerCase(Locale.ROOT), f);
        }
        Map<String, Note> nByPath = new HashMap<>(notes.size() * 2);
        for (Note n : notes) {
            nByPath.put(n.path(), n);
        }
        this.filesByPath = Collections.unmodifiableMap(byPath);
        this.filesByLowerPath = Collections.unmodifiableMap(byLower);
        this.notesByPath = Collections.unmodifiableMap(nByPath);
    }

    public Path root() {
        return root;
    }

    /** Every file in the vault, notes and attachments, including files excluded from linting. */
    public List<VaultFile> files() {
        return files;
    }

    /** Every parsed note, including notes excluded from linting. */
    public List<Note> notes() {
        return notes;
    }

    /** Vault-relative folder paths (no trailing '/'). */
    public List<String> folders() {
        return folders;
    }

    /** Problems found while scanning, reported by the rule named in each. */
    public List<VaultProblem> problems() {
        return problems;
    }

    /** The property types declared in Obsidian's settings (none when it has no such file). */
    public PropertyTypes propertyTypes() {
        return propertyTypes;
    }

    public VaultFile file(String path) {
        return filesByPath.get(path);
    }

    /** Case-insensitive exact path lookup. */
    public VaultFile fileIgnoreCase(String path) {
        VaultFile f = filesByPath.get(path);
        return f != null ? f : filesByLowerPath.get(path.toLowerCase(Locale.ROOT));
    }

    public Note note(String path) {
        return notesByPath.get(path);
    }
}
