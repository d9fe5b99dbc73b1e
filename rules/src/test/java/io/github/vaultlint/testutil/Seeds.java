package io.github.vaultlint.testutil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;

/**
 * The real notes in {@code shared/seeds}: {@code -Dvaultlint.seeds=<dir>}, else {@code shared/seeds}
 * next to the repository root or one of its parents (a git worktree may sit deeper). Tests that use
 * them skip, by assumption, when the folder is absent.
 */
public final class Seeds {
    private Seeds() {
    }

    public static Path locate() {
        String prop = System.getProperty("vaultlint.seeds");
        if (prop != null && !prop.isBlank()) {
            return Files.isDirectory(Paths.get(prop)) ? Paths.get(prop) : null;
        }
        Path root = null;
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("rules")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                root = p;
                break;
            }
        }
        for (Path p = root == null ? null : root.getParent(); p != null; p = p.getParent()) {
            Path s = p.resolve("shared").resolve("seeds");
            if (Files.isDirectory(s)) {
                return s;
            }
        }
        return null;
    }

    /** Copies every seed into {@code vault} as {@code 000.md} ... {@code 004.md}; returns how many. */
    public static int copyTo(Path seeds, Path vault) throws IOException {
        int n = 0;
        try (Stream<Path> s = Files.list(seeds)) {
            for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                Files.copy(p, vault.resolve(p.getFileName().toString().substring(0, 3) + ".md"));
                n++;
            }
        }
        return n;
    }
}
