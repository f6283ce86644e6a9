package org.botserver.application.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PollScheduleTest {

    private final PollSchedule schedule = new PollSchedule(Duration.ofSeconds(5), Duration.ofSeconds(60));

    @Test
    void after_a_good_poll_the_next_comes_after_the_interval() {
        assertEquals(Duration.ofSeconds(5), schedule.delayAfter(0));
    }

    @Test
    void each_failed_poll_in_a_row_doubles_the_wait_up_to_the_maximum() {
        assertEquals(Duration.ofSeconds(10), schedule.delayAfter(1));
        assertEquals(Duration.ofSeconds(40), schedule.delayAfter(3));
        assertEquals(Duration.ofSeconds(60), schedule.delayAfter(4));
        assertEquals(Duration.ofSeconds(60), schedule.delayAfter(1000));
    }

    @Test
    void the_default_polls_every_five_seconds() {
        assertEquals(Duration.ofSeconds(5), PollSchedule.defaults().delayAfter(0));
    }

    @Test
    void a_back_off_shorter_than_the_interval_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new PollSchedule(Duration.ofSeconds(5), Duration.ofSeconds(1)));
    }
}
