package io.github.vaultlint.section;

/**
 * A template applied to a note, and how its units are found there:
 * <ul>
 *   <li>{@link Mode#TOPICS}: every H2 section is a topic, except the template's non-topic sections;</li>
 *   <li>{@link Mode#STORY_BANK}: the note is a story bank, so a heading carrying at least one part is
 *       a story and so are its sibling headings (this catches stories that are only bullets);</li>
 *   <li>{@link Mode#INLINE}: the template is not the note's own, so only a section carrying at least
 *       two parts (by name or short label) is a story, as with STAR answers inside mock notes.</li>
 * </ul>
 */
public record AppliedTemplate(Template template, Mode mode) {

    public enum Mode { TOPICS, STORY_BANK, INLINE }

    /** The template as the note type's own: topics or a story bank, as the template declares. */
    public static AppliedTemplate own(Template t) {
        return new AppliedTemplate(t, t.units() == Template.Units.TOPICS ? Mode.TOPICS : Mode.STORY_BANK);
    }

    /** The template detected inside a note of another type. */
    public static AppliedTemplate inline(Template t) {
        return new AppliedTemplate(t, t.units() == Template.Units.TOPICS ? Mode.TOPICS : Mode.INLINE);
    }
}
