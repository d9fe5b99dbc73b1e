package io.github.vaultlint.config;

import java.util.List;
import java.util.Map;

/**
 * A {@code .vaultlint.yml} in a sub-folder of the vault. It may only set {@code rules} and
 * {@code noteTypes}, which are merged over the configs of the folders above it for every note in
 * its subtree. Schema paths in its note types are relative to the vault root, like everywhere else.
 *
 * @param folder    vault-relative folder holding the file ("Archive/2023")
 * @param file      vault-relative path of the file, as shown in messages ("Archive/2023/.vaultlint.yml")
 * @param rules     rule levels as written, in file order
 * @param noteTypes note type entries as written, in file order
 */
public record FolderConfig(String folder, String file, Map<String, LevelSetting> rules, List<NoteTypeSpec> noteTypes) {

    public FolderConfig {
        rules = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rules));
        noteTypes = List.copyOf(noteTypes);
    }
}
