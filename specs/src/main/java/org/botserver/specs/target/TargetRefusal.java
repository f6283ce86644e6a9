package org.botserver.specs.target;

/** The target turned a request down (an unknown bot or conversation, invalid input); the message says why. */
public class TargetRefusal extends RuntimeException {

    public TargetRefusal(String message) {
        super(message);
    }
}
