package io.github.vaultlint.util;

import java.io.IOException;
import java.nio.file.Path;

/** Where the vault sits in a CI workspace (GitHub's GITHUB_WORKSPACE): annotations and SARIF name files from there. */
public final class Workspace {
    private Workspace() {
    }

    /**
     * "notes/" when {@code root} is a sub-folder of {@code workspace}, "" when it is the workspace
     * itself or outside it. Symbolic links on either side (a runner whose work folder is a link, a
     * vault given through one) are followed, so the prefix is the vault's real place in the checkout.
     */
    public static String prefix(Path root, Path workspace) {
        Path ws = workspace.toAbsolutePath().normalize();
        Path vault = root.toAbsolutePath().normalize();
        try {
            ws = ws.toRealPath();
            vault = vault.toRealPath();
        } catch (IOException | SecurityException e) {
            // a path that cannot be resolved (no such folder) is compared as written
            ws = workspace.toAbsolutePath().normalize();
            vault = root.toAbsolutePath().normalize();
        }
        if (!vault.startsWith(ws) || vault.equals(ws)) {
            return "";
        }
        return ws.relativize(vault).toString().replace('\\', '/') + "/";
    }
}
