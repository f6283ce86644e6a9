package org.botserver.application.archfixture;

import org.junit.jupiter.api.Assertions;

/** A deliberately broken use case: it depends on a framework outside the domain, which the rules forbid. */
public class GreetUserService {

    public String greet(String name) {
        Assertions.assertNotNull(name);
        return "Hello, " + name;
    }
}
