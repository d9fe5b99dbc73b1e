package io.github.vaultlint.config;

import io.github.vaultlint.rule.RuleRegistry;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoteTypesConfigTest {
    private static final Path FILE = Path.of("vault", ".vaultlint.yml");

    private static VaultlintConfig parse(String yaml) throws ConfigException {
        return new ConfigLoader(RuleRegistry.builtin()).parse(FILE, yaml);
    }

    private static String error(String yaml) {
        return assertThrows(ConfigException.class, () -> parse(yaml)).getMessage();
    }

    @Test
    void aKeySetTwiceInANoteTypeOrItsMatchIsAnError() {
        assertEquals(FILE + ":4:5: \"schema\" is set twice (first on line 3); keep one",
                error("noteTypes:\n  debrief:\n    schema: schemas/a.yaml\n    schema: schemas/b.yaml\n"));
        assertEquals(FILE + ":5:7: \"tags\" is set twice (first on line 4); keep one",
                error("noteTypes:\n  debrief:\n    match:\n      tags: [a]\n      tags: [b]\n"));
    }

    @Test
    void aTagEntryHoldingSeveralTagsIsAnError() throws ConfigException {
        assertEquals(FILE + ":3:20: match.tags entry \"#onsite, final-round\" of note type \"onsite\" holds several tags, so it "
                + "matches no note (a tag has no comma or space); list them: tags: [onsite, final-round]",
                error("noteTypes:\n  onsite:\n    match: { tags: \"#onsite, final-round\" }\n"));
        assertEquals(FILE + ":3:24: match.tags entry \"real interview\" of note type \"onsite\" holds several tags, so it "
                + "matches no note (a tag has no comma or space); list them: tags: [real, interview]",
                error("noteTypes:\n  onsite:\n    match: { tags: [a, real interview] }\n"));
        assertEquals(List.of("onsite", "interview/final"), parse("noteTypes:\n  onsite:\n    match: { tags: [\"#Onsite\", interview/final] }\n")
                .noteTypes().get(0).tags(), "one tag per entry, '#', case and nesting as before");
    }

    @Test
    void readsEveryKeyOfANoteType() throws ConfigException {
        VaultlintConfig c = parse("""
                noteTypes:
                  debrief:
                    match: { tags: ["#Real-Interview", prep], paths: ["Interviews/**"], labels: [asked] }
                    schema: schemas/debrief.schema.yaml
                    sections: debrief
                  onsite:
                    extends: debrief
                    match:
                      tags: onsite
                """);
        assertTrue(c.extendsDefaults());
        assertEquals(2, c.noteTypes().size());
        NoteTypeSpec d = c.noteTypes().get(0);
        assertEquals("debrief", d.name());
        assertEquals(List.of("real-interview", "prep"), d.tags(), "tags lose '#' and case");
        assertEquals(List.of("Interviews/**"), d.paths());
        assertEquals(List.of("asked"), d.labels());
        assertEquals("schemas/debrief.schema.yaml", d.schema());
        assertEquals("debrief", d.sections(), "the sections template name is kept for the section rules");
        assertEquals(FILE + ":4:13", d.schemaWhere());
        NoteTypeSpec o = c.noteTypes().get(1);
        assertEquals("debrief", o.extendsType());
        assertEquals(List.of("onsite"), o.tags(), "a single tag is a one-element list");
        assertEquals(List.of(), o.paths(), "a match given is whole: its keys not given match nothing");
        assertEquals(List.of(), o.parts());
        assertNull(o.schema(), "type keys not given stay null so they are inherited");
    }

    @Test
    void extendsNoneSwitchesTheDefaultsOff() throws ConfigException {
        assertFalse(parse("extends: none\n").extendsDefaults());
        assertTrue(parse("extends: default\n").extendsDefaults());
        String m = error("extends: builtin\n");
        assertTrue(m.startsWith(FILE + ":1:10: extends \"builtin\" is not supported"), m);
    }

    @Test
    void emptySchemaMeansNoSchema() throws ConfigException {
        NoteTypeSpec s = parse("noteTypes:\n  story-bank:\n    schema:\n").noteTypes().get(0);
        assertEquals("", s.schema(), "given but empty: clears the inherited schema");
    }

    @Test
    void unknownKeyInANoteTypeSuggestsTheKnownOne() {
        String m = error("noteTypes:\n  debrief:\n    schemas: x.yaml\n");
        assertTrue(m.startsWith(FILE + ":3:5: unknown key \"schemas\" in note type \"debrief\" (did you mean \"schema\"?)"), m);
        assertTrue(m.contains("known keys are match, schema, sections, extends"), m);
    }

    @Test
    void unknownKeyInMatchSuggestsTheKnownOne() {
        String m = error("noteTypes:\n  debrief:\n    match: { tag: [x] }\n");
        assertTrue(m.startsWith(FILE + ":3:14: unknown key \"tag\" in match of note type \"debrief\" (did you mean \"tags\"?)"), m);
    }

    @Test
    void templatesIsNotAKeyOfThisIssue() {
        // The section-template issue adds it; until then it is an unknown key like any other.
        String m = error("templatez: {}\n");
        assertTrue(m.contains("unknown key \"templatez\""), m);
    }

    @Test
    void badShapesArePositioned() {
        assertTrue(error("noteTypes: [debrief]\n").startsWith(FILE + ":1:12: \"noteTypes\" must map type names"));
        // One line: the example was written over four lines, which the build log showed as "\n".
        assertEquals(FILE + ":1:12: \"noteTypes\" must map type names to their settings, e.g. noteTypes: { debrief: "
                + "{ match: { tags: [real-interview] } } }", error("noteTypes: debrief\n"));
        assertTrue(error("noteTypes:\n  debrief: yes\n").startsWith(FILE + ":2:12: note type \"debrief\" must be a mapping"));
        assertTrue(error("noteTypes:\n  debrief:\n    match: [x]\n").startsWith(FILE + ":3:12: \"match\" of note type \"debrief\" must be a mapping"));
        assertTrue(error("noteTypes:\n  debrief:\n    match: { paths: [[a]] }\n").startsWith(FILE + ":3:22: match.paths entry must be a single value"));
        assertTrue(error("noteTypes:\n  debrief:\n    match: { tags: [\"\"] }\n").startsWith(FILE + ":3:21: empty entry in \"match.tags\""));
        assertTrue(error("noteTypes:\n  debrief:\n    schema: [a, b]\n").startsWith(FILE + ":3:13: schema of note type \"debrief\" must be a single value"));
    }

    @Test
    void typeNamesAreIdentifiersAndUnique() {
        assertTrue(error("noteTypes:\n  story bank: {}\n").startsWith(FILE + ":2:3: note type name \"story bank\" may only use"));
        assertTrue(error("noteTypes:\n  debrief: {}\n  Debrief: {}\n").startsWith(FILE + ":3:3: note type \"Debrief\" is defined twice"));
    }
}
