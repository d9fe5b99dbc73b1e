package io.github.vaultlint.vault;

import java.util.regex.Pattern;

/**
 * A gitignore-like glob over vault-relative paths: {@code *} and {@code ?} stay within a folder,
 * {@code **} crosses folders, {@code {a,b}} alternates. A pattern without wildcards, or ending in
 * '/', also matches everything below that folder.
 */
public final class Glob {
    private final String pattern;
    private final Pattern regex;

    /** @throws IllegalArgumentException when {@link #problem} has something to say (checked where configs are read) */
    public Glob(String pattern) {
        String problem = problem(pattern);
        if (problem != null) {
            throw new IllegalArgumentException("glob \"" + pattern + "\" " + problem);
        }
        this.pattern = pattern;
        // "/Templates" and "./Templates" both mean the folder at the vault root.
        String p = pattern.startsWith("./") ? pattern.substring(2) : pattern.startsWith("/") ? pattern.substring(1) : pattern;
        boolean folder = p.endsWith("/");
        if (folder) {
            p = p + "**";
        } else if (!p.contains("*") && !p.contains("?") && !p.contains("{")) {
            p = p + "{,/**}";
        }
        this.regex = Pattern.compile(toRegex(p));
    }

    /**
     * What keeps {@code pattern} from being a glob, for a configuration error, or null when it is
     * one: a '{' that is never closed, or a pattern that could match no vault path at all (empty, a
     * Windows '\\' separator, a '..' above the root), which would otherwise ignore nothing silently.
     */
    public static String problem(String pattern) {
        if (pattern.isBlank()) {
            return "is empty; write a path or glob from the vault root, e.g. Templates/ or \"**/*.excalidraw.md\"";
        }
        if (pattern.indexOf('\\') >= 0) {
            return "has a \"\\\"; vault paths use \"/\" on every system: write \"" + pattern.replace('\\', '/') + "\"";
        }
        if (("/" + pattern + "/").contains("/../")) {
            return "goes above the vault root with \"..\"; globs are relative to the vault root, e.g. Templates/";
        }
        int open = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{') {
                open++;
            } else if (c == '}' && open > 0) {
                open--;
            }
        }
        return open == 0 ? null : "has a \"{\" that is never closed; close it with \"}\" ({a,b} means a or b) or remove it";
    }

    public String pattern() {
        return pattern;
    }

    public boolean matches(String path) {
        return regex.matcher(path).matches();
    }

    static String toRegex(String glob) {
        StringBuilder sb = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*':
                    if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                        i++;
                        if (i + 1 < glob.length() && glob.charAt(i + 1) == '/') {
                            i++;
                            sb.append("(?:.*/)?");
                        } else {
                            sb.append(".*");
                        }
                    } else {
                        sb.append("[^/]*");
                    }
                    break;
                case '?': sb.append("[^/]"); break;
                case '{': braces++; sb.append("(?:"); break;
                case '}': if (braces > 0) { braces--; sb.append(')'); } else { sb.append("\\}"); } break;
                case ',': sb.append(braces > 0 ? "|" : ","); break;
                default:
                    if ("\\.[]()+^$|".indexOf(c) >= 0) {
                        sb.append('\\');
                    }
                    sb.append(c);
            }
        }
        return sb.toString();
    }
}
