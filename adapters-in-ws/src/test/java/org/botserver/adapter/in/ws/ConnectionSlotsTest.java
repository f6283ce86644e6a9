package org.botserver.adapter.in.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConnectionSlotsTest {

    private final ConnectionSlots slots = new ConnectionSlots(2);

    @Test
    void an_address_may_hold_up_to_the_maximum_and_no_more() {
        assertTrue(slots.take("10.0.0.1"));
        assertTrue(slots.take("10.0.0.1"));

        assertFalse(slots.take("10.0.0.1"));
        assertEquals(2, slots.openBy("10.0.0.1"));
    }

    @Test
    void each_address_has_its_own_slots() {
        slots.take("10.0.0.1");
        slots.take("10.0.0.1");

        assertTrue(slots.take("10.0.0.2"));
    }

    @Test
    void a_released_slot_can_be_taken_again() {
        slots.take("10.0.0.1");
        slots.take("10.0.0.1");

        slots.release("10.0.0.1");

        assertTrue(slots.take("10.0.0.1"));
    }

    @Test
    void an_address_that_closed_all_its_sockets_holds_none() {
        slots.take("10.0.0.1");
        slots.release("10.0.0.1");
        slots.release("10.0.0.1");

        assertEquals(0, slots.openBy("10.0.0.1"));
        assertTrue(slots.take("10.0.0.1"));
        assertTrue(slots.take("10.0.0.1"));
        assertFalse(slots.take("10.0.0.1"), "a release beyond the taken slots gives nothing extra");
    }

    @Test
    void a_maximum_below_one_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new ConnectionSlots(0));
    }
}
