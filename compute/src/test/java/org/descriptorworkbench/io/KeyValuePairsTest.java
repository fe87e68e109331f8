package org.descriptorworkbench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.descriptorworkbench.io.KeyValuePairs.Pair;
import org.junit.jupiter.api.Test;

/** ASE's comment-line grammar (key_val_str_to_dict), including its quirks around '=' and whitespace. */
class KeyValuePairsTest {

    @Test
    void splitsAtWhitespaceOutsideDelimiters() {
        assertEquals(List.of(new Pair("a", "1"), new Pair("b", "x y"), new Pair("c", "p q"), new Pair("d", "{r}")),
                KeyValuePairs.split("a=1 b=\"x y\" c={p q} d='{r}'"));
    }

    @Test
    void aKeyWithoutEqualsHasNoValue() {
        assertEquals(List.of(new Pair("flag", null), new Pair("a", "1")), KeyValuePairs.split("flag a=1"));
    }

    @Test
    void spaceBeforeEqualsStillJoinsKeyAndValue() {
        assertEquals(List.of(new Pair("a", "1")), KeyValuePairs.split("a =1"));
    }

    @Test
    void spaceAfterEqualsIsSkippedAsInAse() {
        assertEquals(List.of(new Pair("a", "1"), new Pair("b", "2")), KeyValuePairs.split("a= 1 b=2"));
    }

    @Test
    void anEmptyQuotedValueEndsItsPair() {
        assertEquals(List.of(new Pair("a", ""), new Pair("b", "2")), KeyValuePairs.split("a=\"\" b=2"));
    }

    @Test
    void backslashTakesTheNextCharacterLiterally() {
        assertEquals(List.of(new Pair("a", "say \"hi\" \\ ok")), KeyValuePairs.split("a=\"say \\\"hi\\\" \\\\ ok\""));
    }

    @Test
    void quotesMayDelimitKeys() {
        assertEquals(List.of(new Pair("two words", "1")), KeyValuePairs.split("\"two words\"=1"));
    }

    @Test
    void rejectsAnUnclosedDelimiter() {
        assertThrows(IllegalArgumentException.class, () -> KeyValuePairs.split("a={1 2"));
    }
}
