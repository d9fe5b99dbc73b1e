package io.github.vaultlint.rule.builtin;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A date written another way (2024-3-1, 01/03/2024) where most notes have a date is told its YYYY-MM-DD form. */
class PropertyTypeDateFormTest extends PropertyTypeVault {
    @Test
    void textWrittenAsADateAnotherWayGetsItsForm() throws Exception {
        write("a.md", "---\ninterviewed: 2024-03-01\n---\n");
        write("b.md", "---\ninterviewed: 2024-03-02\n---\n");
        write("c.md", "---\ninterviewed: 2024-3-1\n---\n");
        write("d.md", "---\ninterviewed: 2024-03-04\n---\n");
        assertEquals(List.of("c.md:2:1 property \"interviewed\" is text here but a date in a.md, b.md, d.md; Obsidian gives a "
                + "property one type across the vault, so write it as a date like most notes do; write the month and day with "
                + "two digits: 2024-03-01"), findings());
    }

    @Test
    void otherTextGetsNoGuess() throws Exception {
        write("a.md", "---\ninterviewed: 2024-03-01\n---\n");
        write("b.md", "---\ninterviewed: 2024-03-02\n---\n");
        write("c.md", "---\ninterviewed: last week\n---\n");
        assertEquals(List.of("c.md:2:1 property \"interviewed\" is text here but a date in a.md, b.md; Obsidian gives a "
                + "property one type across the vault, so write it as a date like most notes do"), findings());
    }
}
