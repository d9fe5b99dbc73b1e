package io.github.vaultlint.link;

import io.github.vaultlint.util.Suggest;
import io.github.vaultlint.vault.Link;
import io.github.vaultlint.vault.Note;
import io.github.vaultlint.vault.VaultFile;
import io.github.vaultlint.vault.VaultIndex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves links to vault files through indexes built once: no per-link scan of the vault.
 * Thread-safe after construction.
 */
public final class LinkResolver {
    private final VaultIndex vault;
    /** Lower-cased link name (file name, without .md for notes) to the files with that name. */
    private final Map<String, List<VaultFile>> byName = new HashMap<>();

    public LinkResolver(VaultIndex vault) {
        this.vault = vault;
        for (VaultFile f : vault.files()) {
            byName.computeIfAbsent(f.linkName().toLowerCase(Locale.ROOT), k -> new ArrayList<>(1)).add(f);
        }
    }

    public VaultIndex vault() {
        return vault;
    }

    public Resolution resolve(Note from, Link link) {
        if (link.sameNote()) {
            return Resolution.resolved(vault.file(from.path()));
        }
        String target = link.target().replace('\\', '/');
        if (escapesVault(from, link, target)) {
            return Resolution.failed(Resolution.Status.OUTSIDE_VAULT, null,
                    "the path leaves the vault root; vaultlint never reads outside the vault. Link to a note inside the vault instead");
        }
        String name = target;
        int slash = name.lastIndexOf('/');
        if (slash >= 0) {
            name = name.substring(slash + 1);
        }
        String key = name.toLowerCase(Locale.ROOT);
        if (key.endsWith(".md")) {
            key = key.substring(0, key.length() - 3);
        }
        List<VaultFile> hits = byName.get(key);
        if (hits != null && !hits.isEmpty()) {
            return Resolution.resolved(hits.get(0));
        }
        String near = Suggest.closest(name, byName.keySet());
        return Resolution.failed(Resolution.Status.BROKEN, null,
                near == null ? "create the note or fix the link" : "did you mean \"" + near + "\"?");
    }

    private static boolean escapesVault(Note from, Link link, String target) {
        String base = link.kind() == Link.Kind.MARKDOWN && !target.startsWith("/") ? from.folder() : "";
        int depth = base.isEmpty() ? 0 : base.split("/").length;
        for (String part : target.split("/")) {
            if (part.equals("..")) {
                depth--;
                if (depth < 0) {
                    return true;
                }
            } else if (!part.isEmpty() && !part.equals(".")) {
                depth++;
            }
        }
        return false;
    }
}
