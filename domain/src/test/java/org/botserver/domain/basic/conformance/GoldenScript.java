package org.botserver.domain.basic.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;

/**
 * A conformance case read from the comments of a .bas file: {@code ' expect:} lines (the transcript),
 * {@code ' input:} answers to HEAR, {@code ' reply:} results of capability effects,
 * {@code ' argument: name = value} tool arguments, {@code ' global: name = value} the bot's globals (text, as
 * config.csv's param- rows give them), {@code ' limit: statements 100} and
 * {@code ' expect error:} lines ("line:col: message" when compiling, "line: message" when running).
 */
record GoldenScript(Path file, String text, List<String> expected, List<String> expectedErrors, List<String> inputs,
                    List<String> replies, Map<String, Value> arguments, Map<String, Value> globals,
                    Map<String, Long> limits) {

    static GoldenScript read(Path file) throws IOException {
        String text = Files.readString(file);
        List<String> expected = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<String> inputs = new ArrayList<>();
        List<String> replies = new ArrayList<>();
        Map<String, Value> arguments = new LinkedHashMap<>();
        Map<String, Value> globals = new LinkedHashMap<>();
        Map<String, Long> limits = new LinkedHashMap<>();
        for (String raw : text.split("\r?\n")) {
            String line = raw.stripLeading().replace("\r", "");
            int quote = line.indexOf("' ");
            if (quote < 0) continue;
            String directive = line.substring(quote + 2);
            if (directive.startsWith("expect error: ")) errors.add(directive.substring(14));
            else if (directive.startsWith("expect: ")) expected.add(directive.substring(8));
            else if (directive.equals("expect:")) expected.add("");
            else if (directive.startsWith("input: ")) inputs.add(directive.substring(7));
            else if (directive.equals("input:")) inputs.add("");
            else if (directive.startsWith("reply: ")) replies.add(directive.substring(7));
            else if (directive.startsWith("argument: ")) {
                String[] kv = directive.substring(10).split("=", 2);
                arguments.put(kv[0].strip(), Value.of(kv[1].strip()));
            } else if (directive.startsWith("global: ")) {
                String[] kv = directive.substring(8).split("=", 2);
                globals.put(kv[0].strip(), new TextValue(kv[1].strip()));
            } else if (directive.startsWith("limit: ")) {
                String[] kv = directive.substring(7).strip().split("\\s+");
                limits.put(kv[0], Long.parseLong(kv[1]));
            }
        }
        return new GoldenScript(file, text, expected, errors, inputs, replies, arguments, globals, limits);
    }
}
