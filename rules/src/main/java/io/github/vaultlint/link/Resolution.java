package io.github.vaultlint.link;

import io.github.vaultlint.vault.Link;
import io.github.vaultlint.vault.VaultFile;

import java.util.List;

/**
 * The outcome of resolving one link, computed once per run.
 * <ul>
 *   <li>{@code target}: the file Obsidian opens; set for RESOLVED, AMBIGUOUS and BROKEN_ANCHOR.</li>
 *   <li>{@code candidates}: the files tied for first place when Obsidian's order cannot decide
 *       (two or more), else empty. Also kept when the anchor is missing from all of them.</li>
 *   <li>{@code detail}: for BROKEN, BROKEN_ANCHOR and OUTSIDE_VAULT, what was looked for, where,
 *       and how to fix it.</li>
 *   <li>{@code ambiguity}: when {@link #ambiguous()}, the candidates and the forms that pick one.</li>
 * </ul>
 */
public record Resolution(Link link, Status status, VaultFile target, List<VaultFile> candidates, String detail,
                         String ambiguity) {

    public enum Status {
        /** The file (and anchor, if any) exists. */
        RESOLVED,
        /** Several files tie; the anchor, if any, exists in at least one of them. */
        AMBIGUOUS,
        /** No file matches (or the link names a folder, or only an alias). */
        BROKEN,
        /** The file exists but the heading or block does not. */
        BROKEN_ANCHOR,
        /** The path climbs out of the vault; never read. */
        OUTSIDE_VAULT
    }

    public Resolution {
        candidates = List.copyOf(candidates);
    }

    /** True when Obsidian's tie-breaks leave more than one candidate. */
    public boolean ambiguous() {
        return candidates.size() > 1;
    }

    /** True when a target file was found (the anchor may still be missing). */
    public boolean fileFound() {
        return target != null;
    }

    static Resolution resolved(Link link, VaultFile target) {
        return new Resolution(link, Status.RESOLVED, target, List.of(), null, null);
    }

    static Resolution failed(Link link, Status status, VaultFile target, String detail) {
        return new Resolution(link, status, target, List.of(), detail, null);
    }
}
