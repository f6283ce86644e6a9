package org.botserver.application.llm;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.botserver.application.cache.CacheSettings;

/**
 * Reads a bot's language-model settings from named values, under the names of a bot's {@code config.csv}
 * ({@code llm-provider}, {@code llm-url}, {@code llm-key}, {@code llm-model}, {@code llm-temperature},
 * {@code max-tokens}...). Where the values come from (a bot's own file, the server's configuration, one over
 * the other) is the caller's choice. A model counts as configured once a provider or a url is given. Its
 * answers are cached only when {@code llm-cache} is on ({@code llm-cache-ttl} in seconds, default a day;
 * {@code llm-cache-threshold}, default 0.95).
 */
public final class LlmSettingsReader {

    static final String OPENAI_URL = "https://api.openai.com/v1";
    static final String ANTHROPIC_URL = "https://api.anthropic.com";

    private LlmSettingsReader() {
    }

    /** The settings, or empty when no model is configured; throws IllegalArgumentException naming a bad value. */
    public static Optional<LlmSettings> read(Function<String, Optional<String>> values) {
        Function<String, Optional<String>> value = name -> values.apply(name).map(String::strip).filter(v -> !v.isEmpty());
        Optional<String> providerName = value.apply("llm-provider");
        Optional<String> url = value.apply("llm-url");
        if (providerName.isEmpty() && url.isEmpty()) return Optional.empty();
        LlmSettings.Provider provider = provider(providerName.orElse("openai"));
        boolean anthropic = provider == LlmSettings.Provider.ANTHROPIC;
        return Optional.of(new LlmSettings(provider,
                URI.create(url.orElse(anthropic ? ANTHROPIC_URL : OPENAI_URL)),
                value.apply("llm-key"),
                value.apply("llm-model").orElse(anthropic ? "claude-sonnet-4-5" : "gpt-4o-mini"),
                number(value, "llm-temperature", 0.7),
                (int) number(value, "max-tokens", 1024),
                value.apply("llm-api-version"),
                value.apply("system-prompt"),
                Duration.ofSeconds((long) number(value, "llm-timeout", 60)),
                (int) number(value, "llm-retries", 2),
                (int) number(value, "llm-tool-rounds", 5),
                (int) number(value, "history-limit", 10),
                (int) number(value, "llm-context-tokens", 16_384),
                cache(value)));
    }

    private static CacheSettings cache(Function<String, Optional<String>> value) {
        CacheSettings defaults = CacheSettings.DEFAULTS;
        return new CacheSettings(
                value.apply("llm-cache").map(LlmSettingsReader::onOff).orElse(defaults.enabled()),
                Duration.ofSeconds((long) number(value, "llm-cache-ttl", defaults.ttl().toSeconds())),
                number(value, "llm-cache-threshold", defaults.threshold()));
    }

    private static boolean onOff(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes", "1" -> true;
            case "false", "off", "no", "0" -> false;
            default -> throw new IllegalArgumentException("llm-cache is true or false, not \"" + text + "\".");
        };
    }

    private static LlmSettings.Provider provider(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "openai", "openai-compatible", "azure", "groq", "ollama", "vllm", "llama.cpp", "lmstudio" ->
                    LlmSettings.Provider.OPENAI;
            case "anthropic", "claude" -> LlmSettings.Provider.ANTHROPIC;
            default -> throw new IllegalArgumentException("llm-provider \"" + name
                    + "\" is not known; use openai (any OpenAI-compatible server) or anthropic.");
        };
    }

    private static double number(Function<String, Optional<String>> value, String name, double otherwise) {
        Optional<String> text = value.apply(name);
        if (text.isEmpty()) return otherwise;
        try {
            return Double.parseDouble(text.get());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, not \"" + text.get() + "\".");
        }
    }
}
