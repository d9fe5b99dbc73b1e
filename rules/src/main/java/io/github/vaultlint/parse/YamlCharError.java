package io.github.vaultlint.parse;

import io.github.vaultlint.util.SafeText;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * A character SnakeYAML refuses to read (a control character such as BEL or ESC): where it is in the
 * YAML text, as 1-based line and column in UTF-16 units like every other position, and which it is.
 * One reading for the configuration files and the frontmatter.
 */
public record YamlCharError(int line, int column, int codePoint) {

    /** SnakeYAML gives the character's index in code points; {@code text} is what it read. */
    public static YamlCharError of(String text, ReaderException e) {
        int at;
        try {
            at = text.offsetByCodePoints(0, Math.max(0, e.getPosition()));
        } catch (IndexOutOfBoundsException past) {
            at = text.length();
        }
        LineIndex lines = new LineIndex(text);
        return new YamlCharError(lines.line(at), lines.column(at), e.getCodePoint());
    }

    /** "U+0007", as messages name the character. */
    public String name() {
        return SafeText.codePoint(codePoint);
    }
}
