package io.github.vaultlint.util;

import java.util.regex.Pattern;

/**
 * A command-line argument as a user can paste it into a shell: a message that says "run with
 * -Dvaultlint.baseline=My Vault/vaultlint-baseline.json" gives Maven two arguments when pasted, and
 * the second one is taken for a goal.
 */
public final class ShellArg {
    private ShellArg() {
    }

    /** Characters no shell (sh, bash, zsh, PowerShell, cmd) treats specially. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./\\\\-]+");

    /**
     * {@code arg} as is when it is plain; else in double quotes (which sh, PowerShell and cmd all
     * read), or, when it holds a character that is special even inside double quotes in sh
     * ({@code " $ ` \ !}), in single quotes, with each {@code '} written as {@code '\''}.
     */
    public static String quote(String arg) {
        if (!arg.isEmpty() && PLAIN.matcher(arg).matches()) {
            return arg;
        }
        if (arg.chars().noneMatch(c -> c == '"' || c == '$' || c == '`' || c == '\\' || c == '!')) {
            return "\"" + arg + "\"";
        }
        return "'" + arg.replace("'", "'\\''") + "'";
    }
}
