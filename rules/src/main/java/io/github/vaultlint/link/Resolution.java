package io.github.vaultlint.link;

import io.github.vaultlint.vault.VaultFile;

import java.util.List;

/**
 * The outcome of resolving one link. {@code target} is set when a file was found (also for
 * {@link Status#BROKEN_ANCHOR}); {@code candidates} lists the tied files of an ambiguous link;
 * {@code detail} explains a failure and suggests a fix.
 */
public record Resolution(Status status, VaultFile target, List<VaultFile> candidates, String detail) {

    public enum Status { RESOLVED, BROKEN, BROKEN_ANCHOR, AMBIGUOUS, OUTSIDE_VAULT, EXTERNAL }

    public static Resolution resolved(VaultFile f) {
        return new Resolution(Status.RESOLVED, f, List.of(), null);
    }

    public static Resolution failed(Status s, VaultFile f, String detail) {
        return new Resolution(s, f, List.of(), detail);
    }
}
