package io.github.vaultlint.link;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Case and Unicode folding for link lookups. Obsidian compares names lower-cased; file names on
 * macOS may be stored decomposed (NFD) while links are typed composed (NFC), so both sides are
 * normalised to NFC first. Lower-casing turns a Greek capital sigma into a final sigma (ς) only at
 * the end of a word, and "the end" depends on what follows: "ΟΔΟΣ" gives "οδος" but "ΟΔΟΣ.md" gives
 * "οδοσ.md". So ς and σ fold alike, or {@code [[ΟΔΟΣ]]} would miss {@code ΟΔΟΣ.md}.
 */
final class Keys {
    private Keys() {
    }

    static String fold(String s) {
        if (isAscii(s)) {
            return s.toLowerCase(Locale.ROOT);
        }
        String n = Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
        return n.toLowerCase(Locale.ROOT).replace('\u03C2', '\u03C3');
    }

    /** ASCII text is already NFC: skips the normaliser on the common path. */
    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Last path segment ("c.md" for "a/b/c.md"). */
    static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    /** Folder part of a path, "" at the root ("a/b" for "a/b/c.md"). */
    static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** "Note" for "Note.md", the path unchanged otherwise: how Obsidian writes a note in a link. */
    static String linkText(String path) {
        return path.regionMatches(true, path.length() - 3, ".md", 0, 3) && path.length() > 3
                ? path.substring(0, path.length() - 3) : path;
    }
}
