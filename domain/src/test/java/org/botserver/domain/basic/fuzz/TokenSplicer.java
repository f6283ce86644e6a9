package org.botserver.domain.basic.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds BASIC-looking text from fuzzer data by splicing entries of the fuzz dictionary
 * ({@code basic.dict}) with identifiers, numbers, string literals and stray characters.
 */
final class TokenSplicer {

    static final String DICTIONARY = "basic.dict";

    /** Long enough for nested blocks, short enough to keep thousands of executions per second. */
    private static final int MAX_LENGTH = 4_000;

    private static final List<String> TOKENS = load();
    private static final List<String> NAMES = List.of("x", "y", "s", "i", "items", "o", "f", "g", "label1");
    private static final List<String> SEPARATORS = List.of(" ", " ", "\n", "", "\r\n", " _\n");

    private TokenSplicer() {
    }

    static String splice(FuzzedDataProvider data) {
        StringBuilder text = new StringBuilder();
        while (data.remainingBytes() > 0 && text.length() < MAX_LENGTH) {
            int pick = data.consumeInt(0, TOKENS.size() + 3);
            if (pick < TOKENS.size()) {
                text.append(TOKENS.get(pick));
            } else {
                switch (pick - TOKENS.size()) {
                    case 0 -> text.append(data.pickValue(NAMES));
                    case 1 -> text.append(data.consumeBoolean() ? data.consumeLong() : data.consumeDouble());
                    case 2 -> text.append('"').append(data.consumeString(16)).append('"');
                    default -> text.append(data.consumeString(4));
                }
            }
            text.append(data.pickValue(SEPARATORS));
        }
        return text.toString();
    }

    /** The quoted entries of the libFuzzer dictionary, unescaped ({@code \\}, {@code \"}, {@code \xNN}). */
    static List<String> load() {
        try (InputStream in = TokenSplicer.class.getResourceAsStream(DICTIONARY)) {
            if (in == null) throw new IllegalStateException(DICTIONARY + " is missing from the test resources");
            List<String> tokens = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("\"") && line.endsWith("\"") && line.length() >= 2) {
                    tokens.add(unescape(line.substring(1, line.length() - 1)));
                }
            }
            return List.copyOf(tokens);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unescape(String quoted) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < quoted.length(); i++) {
            char c = quoted.charAt(i);
            if (c != '\\' || i + 1 == quoted.length()) {
                out.append(c);
            } else if (quoted.charAt(i + 1) == 'x' && i + 3 < quoted.length()) {
                out.append((char) Integer.parseInt(quoted.substring(i + 2, i + 4), 16));
                i += 3;
            } else {
                out.append(quoted.charAt(++i));
            }
        }
        return out.toString();
    }
}
