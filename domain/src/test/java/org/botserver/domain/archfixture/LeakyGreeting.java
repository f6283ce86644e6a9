package org.botserver.domain.archfixture;

import org.junit.jupiter.api.Assertions;

/** A deliberately broken domain class: it reaches for a test framework, which the domain rules forbid. */
public class LeakyGreeting {

    public String greet(String name) {
        Assertions.assertNotNull(name);
        return "Hello, " + name;
    }
}
