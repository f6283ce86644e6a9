package org.botserver.domain.basic.value;

import org.jmolecules.ddd.annotation.ValueObject;

/** A BASIC runtime value: what a variable, an expression or a built-in function holds. */
@ValueObject
public sealed interface Value
        permits NullValue, BoolValue, NumberValue, TextValue, ArrayValue, ObjectValue, DateValue {

    /** BASIC truthiness: NULL, "", 0, FALSE and empty arrays are false. */
    boolean truthy();

    /** The value as a user reads it: numbers plainly (4, 112.5), NULL as "". */
    String asText();

    static Value of(Object javaValue) {
        return Values.of(javaValue);
    }
}
