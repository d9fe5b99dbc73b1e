package io.github.vaultlint.engine;

import io.github.vaultlint.config.IgnoreGlob;
import io.github.vaultlint.config.VaultlintConfig;
import io.github.vaultlint.util.Suggest;
import io.github.vaultlint.vault.Glob;
import io.github.vaultlint.vault.VaultIndex;
import io.github.vaultlint.vault.VaultScanner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code ignore:} globs of the root config that match nothing the walk found: a misspelt folder
 * ({@code Templtes/**}) ignores nothing and says nothing, so the notes it was meant to leave alone are
 * linted. Each is an {@code unused-ignore} finding on the config line that holds it, with the nearest
 * existing name when one is close. A pattern that matches nothing is no invalid config: the run goes on.
 */
final class UnusedIgnores {
    static final String RULE = "unused-ignore";

    private final List<String> paths;
    private final int files; // paths[0, files) are files; the rest folders and reported paths
    private Map<String, Set<String>> children; // folder -> names in it, built only when a glob matched nothing

    private UnusedIgnores(List<String> paths, int files) {
        this.paths = paths;
        this.files = files;
    }

    /**
     * One problem per glob of {@code config} that matches no file, folder or reported path (a link out
     * of the vault, an unreadable folder: ignoring those is what silences them) of {@code walked};
     * {@code configFile} is the config as findings name it.
     */
    static List<VaultIndex.VaultProblem> of(VaultlintConfig config, String configFile, VaultScanner.Result walked) {
        if (config.ignoreGlobs().isEmpty()) {
            return List.of();
        }
        List<String> paths = new ArrayList<>(walked.files().size() + walked.folders().size() + walked.problems().size());
        walked.files().forEach(f -> paths.add(f.path()));
        paths.addAll(walked.folders());
        walked.problems().forEach(p -> paths.add(p.path()));
        UnusedIgnores check = new UnusedIgnores(paths, walked.files().size());
        List<VaultIndex.VaultProblem> out = new ArrayList<>();
        for (IgnoreGlob g : config.ignoreGlobs()) {
            if (!check.matchesAny(g.glob())) {
                out.add(new VaultIndex.VaultProblem(RULE, configFile, g.line(), g.column(),
                        configFile + ": " + check.message(g.glob().pattern())));
            }
        }
        return out;
    }

    /** A folder counts as itself ("Templates") and as its contents' prefix ("Templates/" for "Templates/**"). */
    private boolean matchesAny(Glob g) {
        for (int i = 0; i < paths.size(); i++) {
            String p = paths.get(i);
            if (g.matches(p) || (i >= files && g.matches(p + "/"))) {
                return true;
            }
        }
        return false;
    }

    private String message(String pattern) {
        String what = "ignore glob \"" + pattern + "\" matches no file or folder in the vault, so it ignores nothing";
        List<String> segments = segments(pattern);
        for (String s : segments) {
            if (s.startsWith(".") && !s.equals(".")) {
                return what + ": vaultlint never reads files or folders whose name starts with \".\" (.obsidian, .trash), "
                        + "so the entry is not needed; remove it";
            }
        }
        if (!segments.isEmpty() && segments.get(0).equals("target")) {
            return what + ": vaultlint never reads the target/ folder, so the entry is not needed; remove it";
        }
        String near = nearest(pattern, segments);
        if (near == null) {
            return what + "; fix the pattern (paths are relative to the vault root and case-sensitive) or remove it";
        }
        boolean caseOnly = near.equalsIgnoreCase(pattern);
        return what + " (did you mean \"" + near + "\"?" + (caseOnly ? " paths are case-sensitive" : "") + "); fix the pattern or remove it";
    }

    /** The pattern's folder and file names, without a leading "/" or "./" and a trailing "/". */
    private static List<String> segments(String pattern) {
        String p = pattern.startsWith("./") ? pattern.substring(2) : pattern.startsWith("/") ? pattern.substring(1) : pattern;
        List<String> out = new ArrayList<>();
        for (String s : p.split("/")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static boolean wild(String segment) {
        return segment.indexOf('*') >= 0 || segment.indexOf('?') >= 0 || segment.indexOf('{') >= 0;
    }

    /**
     * The pattern with one plain name replaced by the closest existing one, when that pattern matches
     * something: among the names in the folder the plain names before it lead to, or, after a
     * wildcard, among every name in the vault (a misspelt "Drafs" after a leading double star).
     */
    private String nearest(String pattern, List<String> segments) {
        Map<String, Set<String>> names = children();
        String folder = "";
        boolean known = true; // every segment so far was a plain name that exists
        for (int i = 0; i < segments.size(); i++) {
            String s = segments.get(i);
            if (wild(s)) {
                known = false;
                continue;
            }
            Set<String> candidates = known ? names.getOrDefault(folder, Set.of()) : names.getOrDefault(null, Set.of());
            if (known && candidates.contains(s)) {
                folder = folder.isEmpty() ? s : folder + "/" + s;
                continue;
            }
            Set<String> others = new TreeSet<>(candidates);
            others.remove(s);
            String c = Suggest.closest(s, others);
            if (c != null) {
                String fixed = replace(pattern, s, c, i);
                if (fixed != null && matchesAny(new Glob(fixed))) {
                    return fixed;
                }
            }
            known = false;
        }
        return null;
    }

    /** {@code pattern} with its {@code index}-th name (counting as {@link #segments}), {@code from}, written as {@code to}. */
    private static String replace(String pattern, String from, String to, int index) {
        String prefix = pattern.startsWith("./") ? "./" : pattern.startsWith("/") ? "/" : "";
        String[] parts = pattern.substring(prefix.length()).split("/", -1);
        int seen = 0;
        for (int k = 0; k < parts.length; k++) {
            if (parts[k].isEmpty()) {
                continue;
            }
            if (seen++ == index) {
                if (!parts[k].equals(from)) {
                    return null;
                }
                parts[k] = to;
                return prefix + String.join("/", parts);
            }
        }
        return null;
    }

    /** Names in each folder ("" is the root), and under the key null every name anywhere. */
    private Map<String, Set<String>> children() {
        if (children == null) {
            children = new HashMap<>();
            Set<String> all = new TreeSet<>();
            for (String p : paths) {
                int slash = p.lastIndexOf('/');
                String name = p.substring(slash + 1);
                children.computeIfAbsent(slash < 0 ? "" : p.substring(0, slash), k -> new TreeSet<>()).add(name);
                all.add(name);
            }
            children.put(null, all);
        }
        return children;
    }
}
