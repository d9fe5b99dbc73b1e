package io.github.vaultlint.scope;

import io.github.vaultlint.config.LevelSetting;
import io.github.vaultlint.config.NoteTypeSpec;
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
 * @param config    the root config: its vault-wide keys (ignore, templates, ...) hold everywhere. Its
 *                  {@code rules} and {@code noteTypes} are the root's only; this scope's merged ones
 *                  are {@code rules} and {@code noteTypes} here
 * @param rules     the rule levels set by the config files (not the note types), merged per rule id,
 *                  each with its source ("root config .vaultlint.yml", "folder config Archive/.vaultlint.yml:3:3")
 * @param noteTypes the note type entries merged from the root and folder configs, tried in this order
 * @param types     the note types of this subtree (the entries above with the built-ins), schemas loaded
 */
public record Scope(String folder, List<String> files, VaultlintConfig config, Map<String, LevelSetting> rules,
                    List<NoteTypeSpec> noteTypes, NoteTypes types) {

    public Scope {
        files = List.copyOf(files);
        rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        noteTypes = List.copyOf(noteTypes);
    }
}
