package io.github.vaultlint.type;

import io.github.vaultlint.testutil.VaultFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A property an if/then/else requires says which condition required it. */
class IfThenMessagesTest {
    @TempDir
    Path vault;

    private static final String STATUS = "type: object\nproperties:\n  status: { enum: [applied, offer, rejected] }\n";

    @Test
    void aPropertyRequiredByThenNamesTheCondition() throws Exception {
        JobTypeVault.configure(vault, STATUS + "if:\n  properties: { status: { const: offer } }\n  required: [status]\n"
                + "then:\n  required: [salary]\n  properties: { salary: { type: integer } }\n");
        assertEquals(List.of("1:1-1:4 missing required property \"salary\" (required because status is \"offer\")"),
                JobTypeVault.schemaFindings(vault, "---\nstatus: offer\n---\n"));
        assertEquals(List.of("3:9-3:13 salary: expected a whole number, found text \"lots\" (checked because status is \"offer\")"),
                JobTypeVault.schemaFindings(vault, "---\nstatus: offer\nsalary: lots\n---\n"));
        assertEquals(List.of(), JobTypeVault.schemaFindings(vault, "---\nstatus: applied\n---\n"), "the condition does not hold");
    }

    @Test
    void elseSaysUnlessAndSeveralConditionsAreJoined() throws Exception {
        JobTypeVault.configure(vault, STATUS + "allOf:\n  - if:\n      properties: { status: { enum: [offer, rejected] }, round: { type: integer } }\n"
                + "      required: [status, round, panel]\n    then: { required: [feedback] }\n    else: { required: [next] }\n");
        assertEquals(List.of("1:1-1:4 missing required property \"feedback\" (required because status is \"offer\" or \"rejected\" "
                        + "and round is a whole number and panel is set)"),
                JobTypeVault.schemaFindings(vault, "---\nstatus: rejected\nround: 2\npanel: [Ann]\n---\n"));
        assertEquals(List.of("1:1-1:4 missing required property \"next\" (required unless status is \"offer\" or \"rejected\" "
                        + "and round is a whole number and panel is set)"),
                JobTypeVault.schemaFindings(vault, "---\nstatus: applied\n---\n"));
    }

    @Test
    void aPropertyForbiddenByFalseUnderElseSaysWhy() throws Exception {
        // The validator's path to a false schema ends in a step "false" past it: the condition was lost.
        JobTypeVault.configure(vault, STATUS + "if: { properties: { status: { const: offer } }, required: [status] }\n"
                + "then: { required: [salary] }\nelse: { properties: { salary: false } }\n");
        assertEquals(List.of("3:1-3:7 property \"salary\" is not allowed by the schema (its schema is false); remove it "
                        + "(checked unless status is \"offer\")"),
                JobTypeVault.schemaFindings(vault, "---\nstatus: applied\nsalary: 90000\n---\n"));
    }

    @Test
    void aConditionThatHoldsBecauseThePropertyIsAbsentSaysSo() throws Exception {
        // Without "required" in the if, an absent status satisfies it: "because status is offer" would be false.
        JobTypeVault.configure(vault, STATUS + "if: { properties: { status: { const: offer } } }\nthen: { required: [salary] }\n");
        assertEquals(List.of("1:1-1:4 missing required property \"salary\" (required because status is not set (the \"if\" holds without it))"),
                JobTypeVault.schemaFindings(vault, "---\ntitle: x\n---\n"));
    }

    @Test
    void aThenBehindARefAndAComplexIfAreFound() throws Exception {
        VaultFiles.write(vault, "schemas/rules.schema.yaml", "$defs:\n  offer:\n    if: { properties: { status: { minLength: 3 } }, required: [status] }\n"
                + "    then: { $ref: \"#/$defs/paid\" }\n  paid: { required: [salary] }\n");
        JobTypeVault.configure(vault, STATUS + "allOf: [{ $ref: \"rules.schema.yaml#/$defs/offer\" }]\n");
        assertEquals(List.of("1:1-1:4 missing required property \"salary\" (required because the schema's \"if\" at /$defs/offer/if holds)"),
                JobTypeVault.schemaFindings(vault, "---\nstatus: offer\n---\n"));
    }

    @Test
    void aNestedObjectsConditionNamesItsPath() throws Exception {
        JobTypeVault.configure(vault, "type: object\nproperties:\n  contact:\n    type: object\n"
                + "    if: { properties: { kind: { const: email } }, required: [kind] }\n    then: { required: [address] }\n");
        assertEquals(List.of("2:1-2:8 missing required property \"address\" in \"contact\" (required because contact.kind is \"email\")"),
                JobTypeVault.schemaFindings(vault, "---\ncontact:\n  kind: email\n---\n"));
    }
}
