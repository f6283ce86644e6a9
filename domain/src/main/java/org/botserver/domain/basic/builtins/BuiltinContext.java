package org.botserver.domain.basic.builtins;

import java.time.Clock;
import java.util.random.RandomGenerator;

/** What a built-in may read besides its arguments: the time and a source of randomness, and the size limits. */
public record BuiltinContext(Clock clock, RandomGenerator random, int maxStringLength, int maxArraySize) {
}
