package org.botserver.adapter.out.storage.web;

import java.time.Duration;

/** Waits between two requests to the same site; tests record the waits instead of sleeping. */
@FunctionalInterface
interface Pause {

    Pause SLEEP = delay -> Thread.sleep(delay);

    void pause(Duration delay) throws InterruptedException;
}
