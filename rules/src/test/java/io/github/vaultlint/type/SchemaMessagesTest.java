package io.github.vaultlint.type;

import io.github.vaultlint.config.ConfigException;
import io.github.vaultlint.testutil.VaultFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;


import static org.junit.jupiter.api.Assertions.assertEquals;

/** The exact text and position of frontmatter-schema findings: property path, expected, found. */
class SchemaMessagesTest {
    @TempDir
    Path vault;

    private void write(String path, String text) throws IOException {
        VaultFiles.write(vault, path, text);
    }

    @BeforeEach
    void config() throws IOException {
        JobTypeVault.configure(vault, """
                $schema: https://json-schema.org/draft/2020-12/schema
                type: object
                required: [company, date]
                additionalProperties: false
                properties:
                  company: { type: string }
                  date: { type: string, format: date }
                  stage: { enum: [phone, onsite, offer] }
                  answer: { enum: ["yes", "no"] }
                  remote: { type: boolean }
                  code: { type: string, pattern: "^[A-Z]{3}-[0-9]+$" }
                  contact:
                    type: object
                    required: [email]
                    properties:
                      email: { type: string, format: email }
                  links: { type: array, items: { type: string } }
                  rounds: { type: array, uniqueItems: true }
                  salary: { anyOf: [{ type: integer }, { type: "null" }] }
                  level: { enum: [1, 2, 3] }
                  grade: { enum: ["1", "2", "true"] }
                  meta:
                    type: object
                    additionalProperties: false
                    properties:
                      owner: { type: string }
                      reviewers: { type: array, items: { type: object, additionalProperties: false, properties: { name: { type: string } } } }
                """);
    }

    private List<String> findings(String note) throws IOException, ConfigException {
        return JobTypeVault.schemaFindings(vault, note);
    }

    /** A finding as "line:col-endLine:endCol message", without the note-type suffix every message of the "job" type ends with. */

    @Test
    void invalidDateNamesPropertyValueAndFormat() throws Exception {
        assertEquals(List.of("3:7-3:17 date: \"2025-13-45\" is not a valid date (YYYY-MM-DD); it names no real day "
                        + "(there is no month 13): write one that exists"),
                findings("---\ncompany: Acme\ndate: 2025-13-45\n---\n"));
    }

    @Test
    void anImpossibleDateSaysWhyWhereverTheValueSits() throws Exception {
        // Quoted or not, after a BOM or with CRLF line ends: the day is named, and the finding sits on the value.
        String why = " is not a valid date (YYYY-MM-DD); it names no real day (February 2024 has 29 days): write one that exists";
        assertEquals(List.of("3:7-3:17 date: \"2024-02-30\"" + why), findings("---\ncompany: Acme\ndate: 2024-02-30\n---\n"));
        assertEquals(List.of("3:7-3:19 date: \"2024-02-30\"" + why), findings("---\ncompany: Acme\ndate: \"2024-02-30\"\n---\n"));
        assertEquals(List.of("3:7-3:17 date: \"2024-02-30\"" + why),
                findings("\uFEFF---\r\ncompany: Acme\r\ndate: 2024-02-30 # call\r\n---\r\n"));
        assertEquals(List.of("3:7-3:17 date: \"2023-02-29\" is not a valid date (YYYY-MM-DD); it names no real day "
                + "(February 2023 has 28 days): write one that exists"), findings("---\ncompany: Acme\ndate: 2023-02-29\n---\n"));
    }

    @Test
    void aDateWrittenAnotherWayGetsItsYyyyMmDdForm() throws Exception {
        assertEquals(List.of("3:7-3:15 date: \"2024-3-1\" is not a valid date (YYYY-MM-DD); write the month and day with two digits: 2024-03-01"),
                findings("---\ncompany: Acme\ndate: 2024-3-1\n---\n"));
        assertEquals(List.of("3:7-3:23 date: \"2024-03-01T10:00\" is not a valid date (YYYY-MM-DD); a date has no time of day: "
                        + "write 2024-03-01, or make the schema ask for format: date-time"),
                findings("---\ncompany: Acme\ndate: 2024-03-01T10:00\n---\n"));
        assertEquals(List.of("3:7-3:17 date: \"01/03/2024\" is not a valid date (YYYY-MM-DD); write it as YYYY-MM-DD: "
                        + "2024-03-01 if the day comes first, 2024-01-03 if the month does"),
                findings("---\ncompany: Acme\ndate: 01/03/2024\n---\n"));
        assertEquals(List.of("3:7-3:17 date: \"25/03/2024\" is not a valid date (YYYY-MM-DD); write it as YYYY-MM-DD: 2024-03-25"),
                findings("---\ncompany: Acme\ndate: 25/03/2024\n---\n"), "only one reading is a day");
        assertEquals(List.of("3:7-3:17 date: \"03/03/2024\" is not a valid date (YYYY-MM-DD); write it as YYYY-MM-DD: 2024-03-03"),
                findings("---\ncompany: Acme\ndate: 03/03/2024\n---\n"), "both readings are the same day");
        assertEquals(List.of("3:7-3:16 date: \"next week\" is not a valid date (YYYY-MM-DD)"),
                findings("---\ncompany: Acme\ndate: next week\n---\n"), "nothing to guess");
    }

    @Test
    void aKeyATypoAwayFromAnOptionalPropertyIsNamedWhereOtherPropertiesAreAllowed() throws Exception {
        JobTypeVault.configure(vault, "type: object\nrequired: [date]\nproperties:\n  date: { type: string }\n"
                + "  company: { type: string }\n  role: { type: string }\n");
        assertEquals(List.of("3:1-3:8 property \"compnay\" is not declared by the schema (did you mean \"company\"?); "
                        + "if it is a misspelling, rename it to company, or its value goes unchecked",
                        "4:1-4:5 property \"rloe\" is not declared by the schema (did you mean \"role\"?); "
                        + "if it is a misspelling, rename it to role, or its value goes unchecked"),
                findings("---\ndate: x\ncompnay: Acme\nrloe: SRE\n---\n"));
        assertEquals(List.of(), findings("---\ndate: x\ncompany: Acme\nrule: SRE\ncompnay: Acme\n---\n"),
                "company is there: compnay is a property of its own; rule is a word, not a typo of role");
    }

    @Test
    void oneTextWithCommasWhereAListIsWantedIsShownAsTheList() throws Exception {
        // topics: "a, b" is one item to YAML and Obsidian, not two
        assertEquals(List.of("4:8-4:14 links: expected a list, found text \"a, b\"; one text with commas is one item: "
                        + "if these are 2 items, write them as a YAML list: [a, b]"),
                findings("---\ncompany: Acme\ndate: 2025-01-02\nlinks: \"a, b\"\n---\n"));
        assertEquals(List.of("4:8-4:23 links: expected a list, found text \"kafka,k8s , sre\"; one text with commas is one item: "
                        + "if these are 3 items, write them as a YAML list: [kafka, k8s, sre]"),
                findings("---\ncompany: Acme\ndate: 2025-01-02\nlinks: kafka,k8s , sre\n---\n"));
        assertEquals(List.of("4:8-4:14 links: expected a list, found text \"1, 2\"; write it as a list, one \"- \" item per line"),
                findings("---\ncompany: Acme\ndate: 2025-01-02\nlinks: \"1, 2\"\n---\n"), "[1, 2] would be numbers");
        assertEquals(List.of("4:8-4:12 links: expected a list, found text \"a,,b\"; write it as a list, one \"- \" item per line"),
                findings("---\ncompany: Acme\ndate: 2025-01-02\nlinks: a,,b\n---\n"), "an empty item");
    }

    @Test
    void missingRequiredPropertySitsOnTheFirstLine() throws Exception {
        assertEquals(List.of("1:1-1:4 missing required property \"company\""),
                findings("---\ndate: 2025-01-02\n---\n"));
    }

    @Test
    void aMissingRequiredPropertyNamesTheMisspeltKeyThatWasMeant() throws Exception {
        List<String> f = findings("---\ncompnay: Acme\nDate: 2025-01-02\ncontact:\n  emial: a@b.c\n---\n");
        assertEquals("1:1-1:4 missing required property \"company\" (is \"compnay\" on line 2 a misspelling? rename it to company)", f.get(0));
        assertEquals("1:1-1:4 missing required property \"date\" (is \"Date\" on line 3 a misspelling? rename it to date)", f.get(1),
                "schema names are case-sensitive, so a capitalised key is no match");
        assertEquals("4:1-4:8 missing required property \"email\" in \"contact\" (is \"emial\" on line 5 a misspelling? rename it to email)",
                f.get(4));
        assertEquals(List.of("1:1-1:4 missing required property \"company\""), findings("---\ndate: 2025-01-02\nstage: phone\n---\n"),
                "a declared key is no misspelling of another");
    }

    @Test
    void yamlIsValidatedAsWrittenWithYaml12Scalars() throws Exception {
        // An unquoted date stays text (and so passes format: date); yes stays the text "yes".
        assertEquals(List.of(), findings("---\ncompany: Acme\ndate: 2025-11-17\nanswer: yes\n---\n"));
        assertEquals(List.of("4:9-4:12 remote: expected true or false, found text \"yes\"; YAML 1.2, as Obsidian reads properties, "
                        + "takes yes as text: write true"),
                findings("---\ncompany: Acme\ndate: 2025-11-17\nremote: yes\n---\n"));
    }

    @Test
    void aValueOfTheRightTypeButForItsQuotesSaysToDropThem() throws Exception {
        // Shown as written, "true" and true look alike: without the hint the message reads as a contradiction.
        assertEquals(List.of("4:9-4:15 remote: expected true or false, found text \"true\"; the quotes make it text: write true "
                        + "without them"),
                findings("---\ncompany: Acme\ndate: 2025-11-17\nremote: \"true\"\n---\n"));
        assertEquals(List.of("4:9-4:14 remote: expected true or false, found text \"Off\"; YAML 1.2, as Obsidian reads properties, "
                        + "takes Off as text: write false"),
                findings("---\ncompany: Acme\ndate: 2025-11-17\nremote: 'Off'\n---\n"));
        assertEquals(List.of("4:9-4:13 salary: expected a whole number (or leave it empty), found text \"90\"; the quotes make "
                        + "it text: write 90 without them"),
                findings("---\ncompany: Acme\ndate: 2025-11-17\nsalary: \"90\"\n---\n"));
        assertEquals(List.of("4:9-4:15 salary: expected a whole number (or leave it empty), found text \"90.5\""),
                findings("---\ncompany: Acme\ndate: 2025-11-17\nsalary: \"90.5\"\n---\n"), "90.5 is no whole number either");
    }

    @Test
    void anInfiniteNumberIsOneFindingOnItAndTheRestIsStillChecked() throws Exception {
        // The validator compares enum values as decimals and threw on .inf: one finding on line 1 named the exception,
        // and code's wrong type went unreported.
        assertEquals(List.of("4:8-4:13 level: -.INF cannot be checked against the schema: JSON has no infinite number and no "
                        + "not-a-number; write a finite number, or put the value in quotes to keep it as text",
                        "5:7-5:11 code: expected text, found number 0x1F; to keep it as text, put the value in quotes",
                        "6:9-6:13 links[0]: expected text, found number .nan; to keep it as text, put the value in quotes"),
                findings("---\ncompany: Acme\ndate: 2025-11-17\nlevel: -.INF\ncode: 0x1F\nlinks: [.nan]\n---\n"));
    }

    @Test
    void oneWordInBracketsWhereTextIsWantedSaysToQuoteIt() throws Exception {
        // code: [ABC-1] reads as a list of one: "expected text, found a list" alone leaves the user wondering which list.
        assertEquals(List.of("4:1-4:5 code: expected text, found a list; YAML reads [ABC-1] as a list: to keep it as text, put it in "
                        + "quotes: \"[ABC-1]\""),
                findings("---\ncompany: Acme\ndate: 2025-11-17\ncode: [ABC-1]\n---\n"));
        assertEquals(List.of("2:1-2:8 company: expected text, found a list"),
                findings("---\ncompany: [Acme, Globex]\ndate: 2025-11-17\n---\n"), "two items were meant as a list");
    }

    @Test
    void aNumberIsQuotedAsTheNoteWritesIt() throws Exception {
        // YAML reads 0755 as 755, 1e3 as 1000.0 and .inf as infinity: the message quotes what can be found in the note.
        assertEquals(List.of("2:10-2:14 company: expected text, found number 0755; to keep it as text, put the value in quotes"),
                findings("---\ncompany: 0755\ndate: 2025-11-17\n---\n"));
        assertEquals(List.of("4:8-4:13 level: 4.0e0 is not one of the allowed values 1, 2, 3",
                        "5:8-5:11 grade: 1e0 is not one of the allowed values \"1\", \"2\", \"true\"",
                        "6:7-6:11 code: expected text, found number 0x1F; to keep it as text, put the value in quotes"),
                findings("---\ncompany: Acme\ndate: 2025-11-17\nlevel: 4.0e0\ngrade: 1e0\ncode: 0x1F\n---\n"));
    }

    @Test
    void enumPatternAndExtraPropertiesSayWhatWasExpected() throws Exception {
        assertEquals(List.of(
                "4:8-4:13 stage: \"onsit\" is not one of the allowed values \"phone\", \"onsite\", \"offer\" (did you mean \"onsite\"?)",
                "5:7-5:11 code: \"ab-1\" does not match the pattern ^[A-Z]{3}-[0-9]+$",
                "6:1-6:7 property \"stagee\" is not allowed by the schema (did you mean \"stage\"?); remove it or add it to the schema's properties"),
                findings("---\ncompany: Acme\ndate: 2025-01-02\nstage: onsit\ncode: ab-1\nstagee: x\n---\n"));
    }

    @Test
    void aValueAllowedButForItsQuotesSaysSo() throws Exception {
        // Shown as written, "2" and 2 look alike: "is not one of the allowed values 1, 2, 3" read as a contradiction.
        assertEquals(List.of(
                "4:8-4:11 level: \"2\" is text, but the allowed value 2 is a number; write it without quotes: 2",
                "5:8-5:9 grade: 2 is a number, but the allowed value \"2\" is text; write it in quotes: \"2\""),
                findings("---\ncompany: Acme\ndate: 2025-01-02\nlevel: \"2\"\ngrade: 2\n---\n"));
        assertEquals(List.of("4:8-4:12 grade: true is true/false, but the allowed value \"true\" is text; write it in quotes: \"true\""),
                findings("---\ncompany: Acme\ndate: 2025-01-02\ngrade: true\n---\n"));
        assertEquals(List.of("4:8-4:9 level: 4 is not one of the allowed values 1, 2, 3"),
                findings("---\ncompany: Acme\ndate: 2025-01-02\nlevel: 4\n---\n"), "a value allowed in no form keeps the list");
    }

    @Test
    void aMisspeltNestedPropertyGetsADidYouMean() throws Exception {
        assertEquals(List.of(
                "5:3-5:7 property \"meta.ownr\" is not allowed by the schema (did you mean \"owner\"?); remove it or add it to the schema's properties",
                "7:7-7:11 property \"meta.reviewers[0].nmae\" is not allowed by the schema (did you mean \"name\"?); remove it or add it to the schema's properties"),
                findings("---\ncompany: Acme\ndate: 2025-01-02\nmeta:\n  ownr: me\n  reviewers:\n    - nmae: Bob\n---\n"));
    }

    @Test
    void aMisspeltPropertyOfAnObjectDefinedThroughRefGetsADidYouMean() throws Exception {
        write("schemas/people.schema.yaml", "$defs:\n  person:\n    type: object\n    additionalProperties: false\n"
                + "    properties: { name: { type: string }, email: { type: string } }\n");
        // Once for vaultlint's own validator, once with a pattern that only the full validator checks.
        for (String company : new String[] {"{ type: string }", "{ type: string, pattern: \"^[A-Z]\" }"}) {
            write("schemas/job.schema.yaml", "type: object\nrequired: [company, date]\nproperties:\n  company: " + company + "\n"
                    + "  date: { type: string }\n  panel: { type: array, items: { $ref: \"people.schema.yaml#/$defs/person\" } }\n"
                    + "  contact: { $ref: \"#/$defs/contact\" }\n"
                    + "$defs:\n  contact: { allOf: [{ $ref: \"people.schema.yaml#/$defs/person\" }] }\n");
            assertEquals(List.of(
                    "5:5-5:9 property \"panel[0].nmae\" is not allowed by the schema (did you mean \"name\"?); remove it or add it to the schema's properties",
                    "7:3-7:8 property \"contact.emial\" is not allowed by the schema (did you mean \"email\"?); remove it or add it to the schema's properties"),
                    findings("---\ncompany: Acme\ndate: 2025-01-02\npanel:\n  - nmae: Ann\ncontact:\n  emial: a@b.c\n---\n"), company);
        }
    }

    @Test
    void keywordsAboutTheWholeObjectSitOnTheKeyAtFaultOrTheFirstLine() throws Exception {
        write("schemas/job.schema.yaml", "type: object\nminProperties: 5\ndependentRequired:\n  offer: [salary]\n"
                + "propertyNames: { pattern: \"^[a-z-]+$\" }\nproperties:\n  company: { type: string }\n  nope: { not: { type: string } }\n");
        // Each was on the first key (company, line 2), which had nothing to do with it.
        assertEquals(List.of(
                "1:1-1:4 frontmatter: has 4 properties, at least 5 expected",
                "3:7-3:11 nope: \"text\" is ruled out by the schema (not: {\"type\":\"string\"})",
                "4:1-4:6 missing property \"salary\", which the schema requires when \"offer\" is present; add it, or remove \"offer\"",
                "5:1-5:7 property name \"BadKey\" is not allowed by the schema (does not match the regex pattern ^[a-z-]+$); rename it"),
                findings("---\ncompany: Acme\nnope: text\noffer: yes\nBadKey: x\n---\n"));
    }

    @Test
    void nestedValuesAndListItemsAreNamedByPath() throws Exception {
        assertEquals(List.of(
                "4:1-4:8 missing required property \"email\" in \"contact\"",
                "8:5-8:7 links[1]: expected text, found number 42; to keep it as text, put the value in quotes"),
                findings("---\ncompany: Acme\ndate: 2025-01-02\ncontact:\n  phone: 123\nlinks:\n  - a\n  - 42\n---\n"));
        assertEquals(List.of("5:10-5:16 contact.email: \"nobody\" is not a valid email address"),
                findings("---\ncompany: Acme\ndate: 2025-01-02\ncontact:\n  email: nobody\n---\n"));
    }

    @Test
    void aListItemThatIsNoTextSpansTheItem() throws Exception {
        // {x: 1} and [1, 2] were a zero-width range at their first character.
        assertEquals(List.of(
                "4:12-4:18 links[1]: expected text, found nested properties",
                "4:20-4:26 links[2]: expected text, found a list"),
                findings("---\ncompany: Acme\ndate: 2025-01-02\nlinks: [a, {x: 1}, [1, 2]]\n---\n"));
        // Over several lines: a mapping's first key, a nested list from its dash to its first item.
        assertEquals(List.of(
                "5:5-5:9 links[0]: expected text, found nested properties",
                "7:5-7:8 links[1]: expected text, found a list"),
                findings("---\ncompany: Acme\ndate: 2025-01-02\nlinks:\n  - name: a\n    n: 2\n  - - 3\n    - 4\n---\n"));
    }

    @Test
    void aLongValueIsQuotedCutWithItsLength() throws Exception {
        // A pasted paragraph was quoted whole: a 2,000-character value made a 2,000-character message.
        String para = "é".repeat(1_995) + " tail";
        assertEquals(List.of("4:7-4:2007 code: \"" + "é".repeat(79) + "\u2026\" (2,000 characters) does not match the pattern "
                + "^[A-Z]{3}-[0-9]+$"), findings("---\ncompany: Acme\ndate: 2025-01-02\ncode: " + para + "\n---\n"));
        assertEquals("\"short\"", SchemaMessages.shown("short"));
        assertEquals(81, SchemaMessages.shown(java.util.Collections.nCopies(40, 7)).length(), "a list is cut too");
    }

    @Test
    void aRepeatedItemIsNamedAndFoundWhereItRepeats() throws Exception {
        assertEquals(List.of("4:20-4:24 rounds: \"tech\" is in the list twice ([0] and [2]); each item must be unique, remove one"),
                findings("---\ncompany: Acme\ndate: 2025-01-02\nrounds: [tech, hr, tech]\n---\n"));
        assertEquals(List.of("6:5-6:6 rounds: 1 is in the list twice ([0] and [1]); each item must be unique, remove one"),
                findings("---\ncompany: Acme\ndate: 2025-01-02\nrounds:\n  - 1\n  - 1\n---\n"), "a block list");
    }

    @Test
    void anyOfAlternativesMergeIntoOneMessage() throws Exception {
        assertEquals(List.of("4:9-4:13 salary: expected a whole number (or leave it empty), found text \"lots\""),
                findings("---\ncompany: Acme\ndate: 2025-01-02\nsalary: lots\n---\n"));
    }

    @Test
    void aValueOfTheWrongFormSaysHowToWriteIt() throws Exception {
        // title: 2024 is a number to YAML and Obsidian; one text where a list is wanted is a list of one.
        assertEquals(List.of("2:10-2:14 company: expected text, found number 2024; to keep it as text, put the value in quotes",
                        "4:8-4:11 links: expected a list, found text \"one\"; write it as a list: [one]"),
                findings("---\ncompany: 2024\ndate: 2025-01-02\nlinks: one\n---\n"));
        assertEquals(List.of("2:10-2:14 company: expected text, found true; to keep it as text, put the value in quotes",
                        "4:8-4:22 links: expected a list, found text \"[[A]], [[B]]\"; write it as a list, one \"- \" item per line"),
                findings("---\ncompany: true\ndate: 2025-01-02\nlinks: \"[[A]], [[B]]\"\n---\n"));
    }

    @Test
    void listValueWhereTextIsExpectedSitsOnTheKey() throws Exception {
        assertEquals(List.of("2:1-2:8 company: expected text, found a list"),
                findings("---\ncompany:\n  - Acme\n  - Globex\ndate: 2025-01-02\n---\n"));
    }

    @Test
    void aDateWrittenAsANumberGetsTheDateForm() {
        assertEquals("; if it is a date, write it as text in the form YYYY-MM-DD: 2025-01-01", SchemaMessages.dateHint(20250101L));
        assertEquals("", SchemaMessages.dateHint(20251301L), "month 13: not a date");
        assertEquals("", SchemaMessages.dateHint(20250230L), "30 February: not a date");
        assertEquals("", SchemaMessages.dateHint(42L));
        assertEquals("", SchemaMessages.dateHint("20250101"));
    }
}
