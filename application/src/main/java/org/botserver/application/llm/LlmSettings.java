package org.botserver.application.llm;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.botserver.application.cache.CacheSettings;

/**
 * How one bot talks to its language model: the provider's protocol ("openai" for every OpenAI-compatible
 * server, "anthropic"), where and as whom, which model with which sampling, and the limits of a conversation
 * turn (tool rounds, exchanges of history, the model's context window in tokens), and whether its answers are
 * cached ({@code llm-cache}, {@code llm-cache-ttl}, {@code llm-cache-threshold}).
 */
public record LlmSettings(Provider provider, URI url, Optional<String> key, String model, double temperature,
                          int maxTokens, Optional<String> apiVersion, Optional<String> systemPrompt,
                          Duration timeout, int maxRetries, int toolRounds, int historyLimit, int contextTokens,
                          CacheSettings cache) {

    /** The wire protocol spoken to the provider. */
    public enum Provider { OPENAI, ANTHROPIC }

    public LlmSettings {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(key, "key");
        if (model == null || model.isBlank()) throw new IllegalArgumentException("A language model needs a model name.");
        if (temperature < 0 || temperature > 2) throw new IllegalArgumentException("llm-temperature is 0 to 2: " + temperature);
        if (maxTokens < 1) throw new IllegalArgumentException("max-tokens must be positive: " + maxTokens);
        Objects.requireNonNull(apiVersion, "apiVersion");
        Objects.requireNonNull(systemPrompt, "systemPrompt");
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("llm-timeout must be positive");
        if (maxRetries < 0) throw new IllegalArgumentException("llm-retries must not be negative: " + maxRetries);
        if (toolRounds < 1) throw new IllegalArgumentException("llm-tool-rounds must be positive: " + toolRounds);
        if (historyLimit < 0) throw new IllegalArgumentException("history-limit must not be negative: " + historyLimit);
        if (contextTokens < maxTokens) {
            throw new IllegalArgumentException("llm-context-tokens (" + contextTokens + ") must hold max-tokens (" + maxTokens + ")");
        }
        Objects.requireNonNull(cache, "cache");
    }

    /** Settings whose answers are not cached. */
    public LlmSettings(Provider provider, URI url, Optional<String> key, String model, double temperature,
                       int maxTokens, Optional<String> apiVersion, Optional<String> systemPrompt,
                       Duration timeout, int maxRetries, int toolRounds, int historyLimit, int contextTokens) {
        this(provider, url, key, model, temperature, maxTokens, apiVersion, systemPrompt, timeout, maxRetries,
                toolRounds, historyLimit, contextTokens, CacheSettings.DEFAULTS);
    }

    /** The same settings with these cache settings. */
    public LlmSettings withCache(CacheSettings settings) {
        return new LlmSettings(provider, url, key, model, temperature, maxTokens, apiVersion, systemPrompt, timeout,
                maxRetries, toolRounds, historyLimit, contextTokens, settings);
    }

    /** Never the key: settings end up in logs. */
    @Override public String toString() {
        return "LlmSettings[" + provider + " " + url + ", model " + model + ", key " + (key.isPresent() ? "set" : "none")
                + (cache.enabled() ? ", cached" : "") + "]";
    }
}
