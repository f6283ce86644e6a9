package org.botserver.domain.basic.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every golden script under src/test/resources/basic/<feature>/ plays out exactly as its comments say. */
class ConformanceTest {

    @TestFactory
    Stream<DynamicTest> golden_scripts_produce_their_expected_transcripts() throws IOException, URISyntaxException {
        Path root = Path.of(ConformanceTest.class.getResource("/basic").toURI());
        return Files.walk(root)
                .filter(p -> p.toString().endsWith(".bas"))
                .filter(p -> !p.getParent().getFileName().toString().equals("lib"))
                .sorted()
                .map(p -> DynamicTest.dynamicTest(root.relativize(p).toString(), p.toUri(), () -> check(p)));
    }

    private static void check(Path file) throws IOException {
        GoldenScript script = GoldenScript.read(file);
        TranscriptRunner.Result result = new TranscriptRunner(script).run();
        assertEquals(String.join("\n", script.expectedErrors()), String.join("\n", result.errors()),
                "errors of " + file.getFileName());
        assertEquals(String.join("\n", script.expected()), String.join("\n", result.transcript()),
                "transcript of " + file.getFileName());
    }
}
