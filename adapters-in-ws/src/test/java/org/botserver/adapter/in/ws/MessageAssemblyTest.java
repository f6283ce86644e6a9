package org.botserver.adapter.in.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.botserver.adapter.in.ws.MessageAssembly.Outcome;
import org.junit.jupiter.api.Test;

class MessageAssemblyTest {

    @Test
    void a_message_in_one_part_is_complete_at_once() {
        MessageAssembly assembly = new MessageAssembly(16);

        assertEquals(new Outcome.Complete("hello"), assembly.add("hello", true));
    }

    @Test
    void parts_are_joined_in_order_until_the_last_one() {
        MessageAssembly assembly = new MessageAssembly(16);

        assertEquals(new Outcome.Incomplete(), assembly.add("hel", false));
        assertEquals(new Outcome.Incomplete(), assembly.add("lo ", false));
        assertEquals(new Outcome.Complete("hello you"), assembly.add("you", true));
    }

    @Test
    void a_message_of_exactly_the_limit_is_accepted() {
        MessageAssembly assembly = new MessageAssembly(4);

        assertEquals(new Outcome.Complete("abcd"), assembly.add("abcd", true));
    }

    @Test
    void the_part_that_crosses_the_limit_makes_the_message_too_big() {
        MessageAssembly assembly = new MessageAssembly(4);

        assertEquals(new Outcome.Incomplete(), assembly.add("abc", false));
        assertEquals(new Outcome.TooBig(4), assembly.add("de", false));
    }

    @Test
    void the_limit_counts_utf8_bytes_not_characters() {
        MessageAssembly assembly = new MessageAssembly(5);

        assertEquals(new Outcome.TooBig(5), assembly.add("ééé", true), "three two-byte characters are six bytes");
    }

    @Test
    void after_a_too_big_message_ends_the_next_one_starts_from_nothing() {
        MessageAssembly assembly = new MessageAssembly(4);
        assembly.add("abcdef", false);

        assertEquals(new Outcome.TooBig(4), assembly.add("gh", true));
        assertEquals(new Outcome.Complete("ok"), assembly.add("ok", true));
    }

    @Test
    void utf8_length_counts_one_to_four_bytes_per_code_point() {
        assertEquals(1 + 2 + 3 + 4, MessageAssembly.utf8Length("a\u00e9\u20ac\uD83D\uDE00"));
    }

    @Test
    void a_limit_below_one_byte_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new MessageAssembly(0));
    }
}
