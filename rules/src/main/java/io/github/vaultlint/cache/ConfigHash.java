package io.github.vaultlint.cache;

import io.github.vaultlint.rule.RuleRegistry;
import io.github.vaultlint.util.FileNames;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A SHA-256 over everything that configures a run, for the result cache's key: the rules there are
 * (id, class, locality), the root config file, every sub-folder {@code .vaultlint.yml}, the schema
 * files the note types read and {@code .obsidian/app.json}, each by path and bytes (or as absent),
 * and the build of the engine's classes. Taxonomy, templates, note types and ignore globs live in
 * those files. When in doubt it hashes more: a needless miss costs a slower run, a wrong hit stale findings.
 */
public final class ConfigHash {
    /** The folder config's name; kept here so the cache does not depend on the config package. */
    private static final String FOLDER_CONFIG = ".vaultlint.yml";

    private ConfigHash() {
    }

    /**
     * @param configFile  the root config in effect (may not exist)
     * @param folders     every vault-relative folder the scan found (the root as "")
     * @param schemaFiles the schema files the run's note types read
     */
    public static String of(RuleRegistry registry, Path vaultRoot, Path configFile, Collection<String> folders,
                            Collection<Path> schemaFiles) {
        MessageDigest md = sha256();
        for (RuleRegistry.Entry e : registry.all()) {
            text(md, "rule " + e.id() + " " + e.type().getName() + " local=" + e.info().local() + " links=" + e.info().links() + " " + e.info().severity());
        }
        text(md, "build " + classesStamp());
        file(md, "config", configFile);
        file(md, "root folder config", vaultRoot.resolve(FOLDER_CONFIG));
        List<String> sorted = new ArrayList<>(folders);
        sorted.sort(null);
        for (String f : sorted) {
            if (f.isEmpty()) {
                continue;
            }
            Path p = FileNames.resolve(vaultRoot, f + "/" + FOLDER_CONFIG);
            if (Files.isRegularFile(p)) { // absent ones need no entry: the folder list itself is not configuration
                file(md, "folder config " + f, p);
            }
        }
        for (Path p : schemaFiles) {
            file(md, "schema", p);
        }
        file(md, "obsidian", vaultRoot.resolve(".obsidian").resolve("app.json"));
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * A digest of the configuration files read before the vault is (root config, root folder
     * config, {@code .obsidian/app.json}): taken when the run starts and again when its results are
     * keyed, so an edit in between is not mistaken for what the run was configured with.
     */
    public static String rootFiles(Path vaultRoot, Path configFile) {
        MessageDigest md = sha256();
        file(md, "config", configFile);
        file(md, "root folder config", vaultRoot.resolve(FOLDER_CONFIG));
        file(md, "obsidian", vaultRoot.resolve(".obsidian").resolve("app.json"));
        return HexFormat.of().formatHex(md.digest());
    }

    private static void file(MessageDigest md, String what, Path p) {
        text(md, what + " " + p.toAbsolutePath().normalize());
        try {
            if (Files.isRegularFile(p)) {
                byte[] b = Files.readAllBytes(p);
                text(md, "bytes " + b.length);
                md.update(b);
            } else {
                text(md, "absent");
            }
        } catch (IOException e) {
            text(md, "unreadable " + e); // the run reports it; the key just differs from a readable file's
        }
    }

    private static void text(MessageDigest md, String s) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
    }

    /**
     * The size and time of the jar holding the engine, or for a classes folder (tests, IDE runs) the
     * newest time and count of its files, so recompiled rules never meet results of the old ones.
     */
    public static String classesStamp() {
        try {
            Path code = Path.of(ConfigHash.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isDirectory(code)) {
                return Files.size(code) + " bytes, " + Files.getLastModifiedTime(code).toMillis();
            }
            long newest = 0;
            long count = 0;
            try (Stream<Path> s = Files.walk(code)) {
                for (Path p : (Iterable<Path>) s::iterator) {
                    newest = Math.max(newest, Files.getLastModifiedTime(p).toMillis());
                    count++;
                }
            }
            return count + " files, newest " + newest;
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown build";
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }
}
