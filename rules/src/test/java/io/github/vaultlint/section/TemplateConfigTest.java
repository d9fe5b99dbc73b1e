package io.github.vaultlint.section;

import io.github.vaultlint.config.ConfigException;
import io.github.vaultlint.config.ConfigLoader;
import io.github.vaultlint.config.VaultlintConfig;
import io.github.vaultlint.rule.RuleRegistry;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplateConfigTest {
    private static final Path FILE = Path.of(".vaultlint.yml");

    private static VaultlintConfig parse(String yaml) throws ConfigException {
        return new ConfigLoader(RuleRegistry.builtin()).parse(FILE, yaml);
    }

    private static String error(String yaml) {
        return assertThrows(ConfigException.class, () -> parse(yaml)).getMessage();
    }

    @Test
    void builtinTemplatesComeFromTheResource() {
        TemplateSet set = TemplateSet.builtin();
        Template star = set.find("star");
        assertEquals("Situation, Task, Action, Result", star.order());
        assertEquals(Template.Units.STORIES, star.units());
        assertEquals(List.of("S", "T", "A", "R"), star.parts().stream().map(Part::label).toList());
        assertTrue(star.part("result").measurable());
        assertSame(star.part("action"), star.match(Labels.normalize("What I did")));
        assertSame(star.part("situation"), star.match("background"));
        assertSame(star.part("task"), star.match("goal"));
        Template debrief = set.find("debrief");
        assertEquals(Template.Units.TOPICS, debrief.units());
        assertEquals(List.of("asked", "responded", "correct", "weak", "improve"), debrief.parts().stream().map(Part::id).toList());
        assertFalse(debrief.part("correct").required());
        for (String[] seedForm : new String[][] {{"What was asked", "asked"}, {"My response", "responded"},
                {"What could be improved", "weak"}, {"Areas to Improve", "weak"}, {"How to improve", "improve"},
                {"Suggested Improved Answer", "improve"}, {"Strengths", "correct"}}) {
            assertEquals(seedForm[1], debrief.match(Labels.normalize(seedForm[0])).id(), seedForm[0]);
        }
        // The resource lists the same non-topic sections that custom topic templates get by default.
        assertEquals(Template.DEFAULT_NON_TOPICS, debrief.nonTopicSections());
        assertTrue(debrief.isNonTopic("Questions I asked"));
        assertTrue(debrief.isNonTopic("Others "));
    }

    @Test
    void noTemplatesKeyKeepsTheBuiltins() throws ConfigException {
        assertSame(TemplateSet.builtin(), parse("rules:\n  section-order: off\n").templates());
        assertSame(TemplateSet.builtin(), VaultlintConfig.defaults().templates());
    }

    @Test
    void userTemplatesAddToAndReplaceBuiltins() throws ConfigException {
        VaultlintConfig c = parse("""
                templates:
                  star:
                    parts: [Situation, Task, Action, Result, Reflection]
                  retro:
                    units: topics
                    nonTopicSections: [Attendees]
                    parts:
                      - name: What went wrong
                        synonyms: [Problems]
                      - { name: Action items, label: x, required: true, id: actions }
                      - { name: Wins, required: false, measurable: true }
                """);
        Template star = c.templates().find("star");
        assertEquals("Situation, Task, Action, Result, Reflection", star.order());
        assertNull(star.match("what i did"), "a replaced template does not keep the built-in synonyms");
        Template retro = c.templates().find("retro");
        assertEquals(Template.Units.TOPICS, retro.units());
        assertEquals("what-went-wrong", retro.parts().get(0).id());
        assertEquals("actions", retro.match("x").id());
        assertEquals("X", retro.part("actions").label());
        assertTrue(retro.part("wins").measurable());
        assertTrue(retro.isNonTopic("attendees"));
        assertFalse(retro.isNonTopic("Meta"));
        assertNotNull(c.templates().find("debrief"), "built-ins not overridden stay");
    }

    @Test
    void overridingABuiltinKeyByKeyKeepsTheRest() throws ConfigException {
        Template debrief = parse("templates:\n  debrief:\n    nonTopicSections: [Meta, Coding]\n").templates().find("debrief");
        assertTrue(debrief.isNonTopic("coding"));
        assertFalse(debrief.isNonTopic("Overall"), "the list replaces the built-in one");
        assertEquals(TemplateSet.builtin().find("debrief").parts(), debrief.parts());
        assertEquals(Template.Units.TOPICS, debrief.units());
    }

    @Test
    void unknownTemplateKeyIsPositionedWithDidYouMean() {
        String m = error("templates:\n  retro:\n    part:\n      - name: X\n");
        assertEquals(".vaultlint.yml:3:5: unknown key \"part\" in template \"retro\" (did you mean \"parts\"?); "
                + "known keys are nonTopicSections, parts, units", m);
    }

    @Test
    void unknownPartKeyIsPositionedWithDidYouMean() {
        String m = error("templates:\n  retro:\n    parts:\n      - name: X\n        synonym: [Y]\n");
        assertTrue(m.startsWith(".vaultlint.yml:5:9: unknown key \"synonym\" in a part of template \"retro\" (did you mean \"synonyms\"?)"), m);
    }

    @Test
    void badValuesNameTheFix() {
        assertTrue(error("templates:\n  retro:\n    units: topic\n    parts: [A]\n")
                .startsWith(".vaultlint.yml:3:12: units of template \"retro\" is \"topic\" (did you mean \"topics\"?)"));
        assertTrue(error("templates:\n  retro:\n    units: topics\n")
                .contains("template \"retro\" has no parts; add parts:"));
        assertTrue(error("templates:\n  retro:\n    parts:\n      - synonyms: [A]\n")
                .startsWith(".vaultlint.yml:4:9: a part of template \"retro\" has no name"));
        assertTrue(error("templates:\n  retro:\n    parts:\n      - { name: A, required: maybe }\n")
                .contains("required is \"maybe\"; write true or false"));
        assertTrue(error("templates:\n  retro:\n    parts:\n      - { name: A, label: AB }\n")
                .contains("label \"AB\" must be a single letter"));
        assertTrue(error("templates:\n  retro:\n    parts:\n      - { name: A, synonyms: [Same] }\n      - { name: B, synonyms: [\"same:\"] }\n")
                .startsWith(".vaultlint.yml:5:9: \"same:\" names both A and B in template \"retro\"; keep it on one part"));
        assertTrue(error("templates:\n  retro:\n    parts:\n      - { name: A, label: Q }\n      - { name: B, label: q }\n")
                .contains("short label \"Q\" is used by both A and B"));
        assertTrue(error("templates: [star]\n").startsWith(".vaultlint.yml:1:12: \"templates\" must map template names"));
    }

    @Test
    void misspeltTopLevelKeySuggestsTemplates() {
        assertTrue(error("template:\n  star: {}\n").contains("(did you mean \"templates\"?)"));
    }
}
