package io.github.vaultlint.type;

import java.util.List;

/**
 * One failed schema keyword, whichever validator found it: the keyword ("type", "required", ...),
 * where the value is (pointer segments; the object itself for "required"), the property it names
 * ("required", "additionalProperties"), the keyword's value in the schema and the value found, as
 * plain data ({@link PlainJson}), plus the validator's own first argument and text for keywords
 * {@link SchemaMessages} has no words for, and why it applies when an {@code if} decided that ("" otherwise).
 */
record SchemaFailure(String keyword, List<String> segments, String property, Object schemaValue, Object found,
                     String argument, String validatorText, String condition) {
    /** A failure that applies unconditionally (or whose condition is not known). */
    SchemaFailure(String keyword, List<String> segments, String property, Object schemaValue, Object found,
                  String argument, String validatorText) {
        this(keyword, segments, property, schemaValue, found, argument, validatorText, "");
    }

    /** This failure under an if/then/else: {@code condition} is " because ..." or " unless ..." ({@link IfCondition}). */
    SchemaFailure withCondition(String condition) {
        return new SchemaFailure(keyword, segments, property, schemaValue, found, argument, validatorText, condition);
    }
}
