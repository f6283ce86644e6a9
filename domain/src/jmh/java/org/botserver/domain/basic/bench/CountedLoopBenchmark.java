package org.botserver.domain.basic.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One run of {@link CountedLoop} per operation, by our BASIC interpreter, by plain Java (the ceiling)
 * and by GraalJS with and without the sandbox a team would need for untrusted scripts.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g",
        // Truffle's native and Unsafe access, allowed up front so JDK 25 prints no warnings mid-run.
        "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CountedLoopBenchmark {

    @Benchmark
    public void basic_interpreter(BasicLoop loop, CpuTime cpu, Blackhole blackhole) {
        long started = cpu.start();
        blackhole.consume(loop.run());
        cpu.stop(started);
    }

    @Benchmark
    public void plain_java(CpuTime cpu, Blackhole blackhole) {
        long started = cpu.start();
        blackhole.consume(CountedLoop.inJava(CountedLoop.ITERATIONS));
        cpu.stop(started);
    }

    @Benchmark
    public void graal_js(JsLoop loop, CpuTime cpu, Blackhole blackhole) {
        long started = cpu.start();
        blackhole.consume(loop.run());
        cpu.stop(started);
    }

    @Benchmark
    public void graal_js_sandboxed(SandboxedJsLoop loop, CpuTime cpu, Blackhole blackhole) {
        long started = cpu.start();
        blackhole.consume(loop.run());
        cpu.stop(started);
    }
}
