package io.github.vaultlint.rule.builtin;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * YAML 1.1 habits (yes/no for true/false, a number or true in quotes) are text to Obsidian, which reads
 * YAML 1.2: property-type says so, and never asks the notes that write true or false to write text.
 */
class PropertyTypeYesNoTest extends PropertyTypeVault {

    @Test
    void yesAndNoInMostNotesDoNotMakeTextTheIntendedType() throws Exception {
        write("A.md", "---\nremote: yes\n---\n");
        write("B.md", "---\nremote: yes\n---\n");
        write("C.md", "---\nremote: Off\n---\n");
        write("D.md", "---\nremote: true\n---\n");
        String tail = " but a checkbox (true/false) in D.md; Obsidian gives a property one type across the vault, so write it as "
                + "a checkbox (true/false)";
        assertEquals(List.of(
                "A.md:2:1 property \"remote\" is text here (\"yes\" is text: write true) (as in B.md, C.md)" + tail,
                "B.md:2:1 property \"remote\" is text here (\"yes\" is text: write true) (as in A.md, C.md)" + tail,
                "C.md:2:1 property \"remote\" is text here (\"Off\" is text: write false) (as in A.md, B.md)" + tail), findings());
    }

    @Test
    void quotedYesIsTextOnPurposeAndMostNotesStillDecide() throws Exception {
        write("A.md", "---\nanswer: \"yes\"\n---\n");
        write("B.md", "---\nanswer: maybe\n---\n");
        write("C.md", "---\nanswer: false\n---\n");
        assertEquals(List.of("C.md:2:1 property \"answer\" is a checkbox (true/false) here but text in A.md, B.md; Obsidian gives a "
                + "property one type across the vault, so write it as text like most notes do"), findings());
    }

    @Test
    void aDeclaredTypeWrittenInQuotesSaysTheQuotesMakeItText() throws Exception {
        write(".obsidian/types.json", "{\"types\": {\"rating\": \"number\", \"remote\": \"checkbox\"}}");
        write("A.md", "---\nrating: \"4\"\nremote: 'false'\n---\n");
        write("B.md", "---\nrating: \"four\"\n---\n");
        assertEquals(List.of(
                "A.md:2:1 property \"rating\" is text here (the quotes make \"4\" text: write it without them), but "
                        + ".obsidian/types.json types it as a number, so Obsidian shows this value as invalid; write it as a number, "
                        + "or change the property's type in Obsidian",
                "A.md:3:1 property \"remote\" is text here (the quotes make \"false\" text: write it without them), but "
                        + ".obsidian/types.json types it as a checkbox (true/false), so Obsidian shows this value as invalid; write "
                        + "it as a checkbox (true/false), or change the property's type in Obsidian",
                "B.md:2:1 property \"rating\" is text here, but .obsidian/types.json types it as a number, so Obsidian shows this "
                        + "value as invalid; write it as a number, or change the property's type in Obsidian"), findings());
    }
}
