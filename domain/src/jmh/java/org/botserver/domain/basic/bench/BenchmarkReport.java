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
 * contender and how far each is from plain Java. Arguments go to JMH: {@code -prof stack basic_interpreter}
 * profiles the interpreter alone.
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
        Map<String, Result<?>> scores = new LinkedHashMap<>();
        for (RunResult run : results) {
            String method = run.getParams().getBenchmark();
            scores.put(method.substring(method.lastIndexOf('.') + 1), run.getPrimaryResult());
        }
        System.out.println(table(scores));
        if (all && !scores.keySet().containsAll(CONTENDERS)) {
            System.err.println("Some contenders produced no result; see the errors above.");
            System.exit(1);
        }
    }

    static String table(Map<String, Result<?>> scores) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nCounted loop: %,d rounds, %,d simple statements per run%n",
                CountedLoop.ITERATIONS, CountedLoop.STATEMENTS_PER_RUN));
        out.append(String.format(Locale.ROOT, "%-20s %18s %16s %16s%n",
                "contender", "runs/s (99.9% CI)", "statements/s", "vs plain Java"));
        Result<?> java = scores.get("plain_java");
        for (String name : CONTENDERS) {
            Result<?> score = scores.get(name);
            if (score == null) {
                out.append(String.format(Locale.ROOT, "%-20s %18s%n", name, "no result"));
                continue;
            }
            String runs = String.format(Locale.ROOT, "%.1f ± %.1f", score.getScore(), score.getScoreError());
            String statements = String.format(Locale.ROOT, "%,.1f M",
                    score.getScore() * CountedLoop.STATEMENTS_PER_RUN / 1e6);
            String ratio = java == null ? "?" : String.format(Locale.ROOT, "1/%.1f", java.getScore() / score.getScore());
            out.append(String.format(Locale.ROOT, "%-20s %18s %16s %16s%n", name, runs, statements, ratio));
        }
        return out.toString();
    }
}
