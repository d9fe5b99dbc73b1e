package io.github.vaultlint.scope;

import io.github.vaultlint.config.LevelSetting;
import io.github.vaultlint.config.VaultlintConfig;
import io.github.vaultlint.type.NoteTypes;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The configuration in force for one folder's subtree: the root config with the {@code .vaultlint.yml}
 * files of the folder and its ancestors merged on top.
 *
 * @param folder vault-relative folder whose config this is ("" for the vault root)
 * @param files  the config files that applied, root first (vault-relative when inside the vault)
 * @param config the effective config: the root's with the merged {@code rules} and {@code noteTypes}
 * @param rules  the rule levels set by the config files (not the note types), each with its source
 *               ("root config .vaultlint.yml", "folder config Archive/.vaultlint.yml:3:3")
 * @param types  the note types of this subtree, schemas loaded
 */
public record Scope(String folder, List<String> files, VaultlintConfig config, Map<String, LevelSetting> rules,
                    NoteTypes types) {

    public Scope {
        files = List.copyOf(files);
        rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    }
}
