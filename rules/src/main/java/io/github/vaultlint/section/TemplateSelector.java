package io.github.vaultlint.section;

import io.github.vaultlint.config.VaultlintConfig;
import io.github.vaultlint.vault.Note;

import java.util.List;

/**
 * Decides which section templates apply to a note and whether a section rule runs on it. This is
 * the seam where note types plug in: a note type names its template ({@code sections: <name>}) and
 * may turn section rules off. {@link InterimTemplateSelector} stands in until note types exist.
 */
public interface TemplateSelector {

    /** The templates that apply to {@code note}, each with how its units are found. */
    List<AppliedTemplate> select(Note note, VaultlintConfig config, NoteScan scan);

    /** False when the note's type turns {@code ruleId} off. */
    default boolean ruleEnabled(String ruleId, Note note, VaultlintConfig config) {
        return true;
    }
}
