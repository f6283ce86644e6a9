package org.botserver.application.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.botserver.application.cache.CacheSettings;
import org.junit.jupiter.api.Test;

class LlmSettingsReaderTest {

    private static Optional<LlmSettings> read(Map<String, String> values) {
        return LlmSettingsReader.read(name -> Optional.ofNullable(values.get(name)));
    }

    @Test
    void without_a_provider_or_a_url_no_model_is_configured() {
        assertEquals(Optional.empty(), read(Map.of("llm-key", "sk-1", "llm-model", "m")));
    }

    @Test
    void a_url_alone_means_an_openai_compatible_server_with_the_defaults() {
        LlmSettings settings = read(Map.of("llm-url", "http://127.0.0.1:11434/v1", "llm-model", "llama3.2")).orElseThrow();

        assertEquals(LlmSettings.Provider.OPENAI, settings.provider());
        assertEquals(URI.create("http://127.0.0.1:11434/v1"), settings.url());
        assertEquals("llama3.2", settings.model());
        assertEquals(Optional.empty(), settings.key());
        assertEquals(5, settings.toolRounds());
        assertEquals(10, settings.historyLimit());
        assertEquals(Duration.ofSeconds(60), settings.timeout());
    }

    @Test
    void anthropic_gets_its_own_endpoint_and_every_value_given_is_used() {
        LlmSettings settings = read(Map.of("llm-provider", "Anthropic", "llm-key", "k", "llm-temperature", "0.1",
                "max-tokens", "300", "llm-tool-rounds", "2", "history-limit", "4", "system-prompt", "Be brief.")).orElseThrow();

        assertEquals(URI.create(LlmSettingsReader.ANTHROPIC_URL), settings.url());
        assertEquals(0.1, settings.temperature());
        assertEquals(300, settings.maxTokens());
        assertEquals(2, settings.toolRounds());
        assertEquals(4, settings.historyLimit());
        assertEquals(Optional.of("Be brief."), settings.systemPrompt());
    }

    @Test
    void a_bad_value_is_refused_naming_the_setting() {
        var unknown = assertThrows(IllegalArgumentException.class, () -> read(Map.of("llm-provider", "palm")));
        var notANumber = assertThrows(IllegalArgumentException.class,
                () -> read(Map.of("llm-provider", "openai", "max-tokens", "lots")));

        assertTrue(unknown.getMessage().contains("llm-provider"), unknown.getMessage());
        assertTrue(notANumber.getMessage().contains("max-tokens"), notANumber.getMessage());
    }

    @Test
    void answers_are_not_cached_unless_the_bot_turns_the_cache_on() {
        LlmSettings plain = read(Map.of("llm-url", "http://127.0.0.1:11434/v1")).orElseThrow();
        LlmSettings cached = read(Map.of("llm-url", "http://127.0.0.1:11434/v1", "llm-cache", "on",
                "llm-cache-ttl", "3600", "llm-cache-threshold", "0.9")).orElseThrow();

        assertEquals(CacheSettings.DEFAULTS, plain.cache());
        assertEquals(new CacheSettings(true, Duration.ofHours(1), 0.9), cached.cache());
    }

    @Test
    void a_bad_cache_value_is_refused_naming_the_setting() {
        for (var bad : Map.of("llm-cache", "maybe", "llm-cache-ttl", "0", "llm-cache-threshold", "1.5").entrySet()) {
            var refused = assertThrows(IllegalArgumentException.class,
                    () -> read(Map.of("llm-provider", "openai", bad.getKey(), bad.getValue())));

            assertTrue(refused.getMessage().contains(bad.getKey()), refused.getMessage());
        }
    }
}
