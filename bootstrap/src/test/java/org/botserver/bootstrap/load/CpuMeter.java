package org.botserver.bootstrap.load;

import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CPU time the server side spent: the Liberty JVM ({@code load.server.pid}) and the PostgreSQL whose command line
 * names {@code load.postgres.dir}, with its backends. Per turn it is a steadier figure than turns/s on a machine
 * whose cores other work shares.
 */
final class CpuMeter {

    private final Optional<Long> serverPid = Optional.ofNullable(Long.getLong("load.server.pid"));
    private final Optional<String> postgresDir = Optional.ofNullable(System.getProperty("load.postgres.dir"));

    boolean isAvailable() { return serverPid.isPresent() || postgresDir.isPresent(); }

    /** CPU time used so far by the server JVM and by PostgreSQL, in that order. */
    Duration[] sample() {
        Duration server = serverPid.flatMap(ProcessHandle::of).map(CpuMeter::cpuOf).orElse(Duration.ZERO);
        Duration postgres = postgresDir.map(dir -> ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().filter(line -> line.contains(dir)).isPresent())
                .flatMap(p -> Stream.concat(Stream.of(p), p.descendants()))
                .distinct().map(CpuMeter::cpuOf).reduce(Duration.ZERO, Duration::plus)).orElse(Duration.ZERO);
        return new Duration[] {server, postgres};
    }

    private static Duration cpuOf(ProcessHandle process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }
}
