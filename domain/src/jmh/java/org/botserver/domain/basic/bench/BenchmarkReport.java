package org.botserver.domain.basic.bench;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link CountedLoopBenchmark} and prints what the issue asks for: statements per second of each
 * contender, by the wall clock and per CPU-second, and how far each is from plain Java. Arguments go
 * to JMH: {@code -prof stack basic_interpreter} profiles the interpreter alone.
 */
public final class BenchmarkReport {

    private static final List<String> CONTENDERS =
            List.of("plain_java", "basic_interpreter", "graal_js", "graal_js_sandboxed");

    private BenchmarkReport() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions given = new CommandLineOptions(args);
        boolean all = given.getIncludes().isEmpty();
        var options = new OptionsBuilder().parent(given);
        if (all) options.include(CountedLoopBenchmark.class.getName());
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, Score> scores = new LinkedHashMap<>();
        for (RunResult run : results) {
            String method = run.getParams().getBenchmark();
            scores.put(method.substring(method.lastIndexOf('.') + 1), Score.of(run));
        }
        System.out.println(table(scores));
        if (all && !scores.keySet().containsAll(CONTENDERS)) {
            System.err.println("Some contenders produced no result; see the errors above.");
            System.exit(1);
        }
    }

    static String table(Map<String, Score> scores) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nCounted loop: %,d rounds, %,d simple statements per run%n",
                CountedLoop.ITERATIONS, CountedLoop.STATEMENTS_PER_RUN));
        out.append(String.format(Locale.ROOT, "%-20s %18s %14s %16s %14s%n",
                "contender", "runs/s (99.9% CI)", "statements/s", "stmts/CPU-s", "vs plain Java"));
        Score java = scores.get("plain_java");
        for (String name : CONTENDERS) {
            Score score = scores.get(name);
            if (score == null) {
                out.append(String.format(Locale.ROOT, "%-20s %18s%n", name, "no result"));
                continue;
            }
            String ratio = java == null ? "?" : String.format(Locale.ROOT, "1/%.1f", java.perCpuSecond() / score.perCpuSecond());
            out.append(String.format(Locale.ROOT, "%-20s %18s %14s %16s %14s%n", name,
                    String.format(Locale.ROOT, "%.1f ± %.1f", score.wall().getScore(), score.wall().getScoreError()),
                    millions(score.wall().getScore()), millions(score.perCpuSecond()), ratio));
        }
        return out.append("(the ratio compares runs per CPU-second, which neighbouring load does not skew)")
                .append(System.lineSeparator()).toString();
    }

    private static String millions(double runsPerSecond) {
        return String.format(Locale.ROOT, "%,.1f M", runsPerSecond * CountedLoop.STATEMENTS_PER_RUN / 1e6);
    }

    /** One contender's wall-clock result and its runs per second of its own thread's CPU time. */
    record Score(Result<?> wall, double perCpuSecond) {

        static Score of(RunResult run) {
            Map<String, Result> secondary = run.getSecondaryResults();
            Result<?> runs = secondary.get("runs");
            Result<?> cpu = secondary.get("cpuNanos");
            double perCpu = runs == null || cpu == null ? Double.NaN : runs.getScore() / (cpu.getScore() / 1e9);
            return new Score(run.getPrimaryResult(), perCpu);
        }
    }
}
