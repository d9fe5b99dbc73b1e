package io.github.vaultlint.engine;

import io.github.vaultlint.config.ConfigException;
import io.github.vaultlint.config.VaultlintConfig;
import io.github.vaultlint.util.FileNames;
import io.github.vaultlint.util.Suggest;
import io.github.vaultlint.vault.Glob;
import io.github.vaultlint.vault.ObsidianSettings;
import io.github.vaultlint.vault.VaultFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A note path given by a user (e.g. {@code -Dvaultlint.printConfig}), checked against the vault. */
final class NotePaths {
    private NotePaths() {
    }

    /**
     * The vault-relative path ('/' separators) of an existing note. Accepts backslashes, a leading "./", an
     * absolute path inside the vault, and a missing ".md". Never resolves outside the vault.
     */
    static String resolve(Path root, String given) throws ConfigException, IOException {
        if (given == null || given.isBlank()) {
            throw new ConfigException("no note given; name a note relative to the vault, e.g. Interviews/Acme.md");
        }
        String s = given.strip().replace('\\', '/');
        Path p = Path.of(s);
        if (p.isAbsolute()) {
            p = p.normalize();
            if (!p.startsWith(root)) {
                throw new ConfigException("note " + given + " is outside the vault " + root + "; name a note inside it");
            }
            p = root.relativize(p);
        }
        p = p.normalize();
        String rel = p.toString().replace('\\', '/');
        if (rel.isEmpty() || rel.equals("..") || rel.startsWith("../")) {
            throw new ConfigException("note " + given + " is outside the vault " + root + "; name a note inside it");
        }
        if (!Files.isRegularFile(FileNames.resolve(root, rel)) && !VaultFile.isMarkdownPath(rel) && Files.isRegularFile(FileNames.resolve(root, rel + ".md"))) {
            rel = rel + ".md";
        }
        Path file = FileNames.resolve(root, rel);
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("note " + rel + " does not exist in the vault " + root + didYouMean(root, rel)
                    + "; give the path relative to the vault root");
        }
        if (!file.toRealPath().startsWith(root.toRealPath())) {
            throw new ConfigException("note " + rel + " links to a file outside the vault; vaultlint does not read it");
        }
        if (!VaultFile.isMarkdownPath(rel)) {
            throw new ConfigException(rel + " is not a note (only .md files are notes); name a Markdown note");
        }
        return rel;
    }

    /** Why the scan would not lint {@code rel}, or null when it would. */
    static String ignoredBy(String rel, VaultlintConfig config, ObsidianSettings obsidian) {
        String[] parts = rel.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (parts[i].startsWith(".") || (i == 0 && parts[i].equals("target"))) {
                return "it is inside " + String.join("/", List.of(parts).subList(0, i + 1))
                        + "/, which vaultlint never scans (dot folders and target/)";
            }
        }
        for (Glob g : config.ignore()) {
            if (g.matches(rel)) {
                return "it matches the ignore glob \"" + g.pattern() + "\" of the root config";
            }
        }
        if (obsidian.ignoreFiltersExclude(rel)) {
            return "Obsidian's excluded files (" + ObsidianSettings.APP_JSON + ") cover it";
        }
        String templates = obsidian.templateFolder(rel);
        if (templates != null) {
            return "it is in \"" + templates + "\", Obsidian's templates folder (" + ObsidianSettings.TEMPLATES_JSON
                    + " or Templater's settings), which holds templates, not notes";
        }
        return null;
    }

    /** " (did you mean "x"?)" among the notes of the folder the path names, or "". */
    private static String didYouMean(Path root, String rel) throws IOException {
        int slash = rel.lastIndexOf('/');
        Path folder = slash < 0 ? root : FileNames.resolve(root, rel.substring(0, slash));
        if (!Files.isDirectory(folder)) {
            return "";
        }
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            s.filter(f -> VaultFile.isMarkdownPath(f.getFileName().toString()))
                    .forEach(f -> names.add((slash < 0 ? "" : rel.substring(0, slash + 1)) + FileNames.name(f).text()));
        }
        return Suggest.didYouMean(rel.endsWith(".md") ? rel : rel + ".md", names);
    }
}
