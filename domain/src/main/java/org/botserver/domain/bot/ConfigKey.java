package org.botserver.domain.bot;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The config.csv keys this platform reads, each with the type its value must have. */
public enum ConfigKey {
    BOT_NAME("bot-name", Type.TEXT),
    BOT_DESCRIPTION("bot-description", Type.TEXT),
    /** Anonymous web clients may start conversations (true), or only signed-in users (false). */
    PUBLIC("public", Type.FLAG),
    WELCOME_MESSAGE("welcome-message", Type.TEXT),
    LLM_PROVIDER("llm-provider", Type.TEXT),
    LLM_URL("llm-url", Type.TEXT),
    LLM_KEY("llm-key", Type.TEXT),
    LLM_MODEL("llm-model", Type.TEXT),
    LLM_TEMPERATURE("llm-temperature", Type.DECIMAL),
    MAX_TOKENS("max-tokens", Type.WHOLE),
    HISTORY_LIMIT("history-limit", Type.WHOLE),
    LLM_CACHE("llm-cache", Type.FLAG),
    LLM_CACHE_TTL("llm-cache-ttl", Type.WHOLE),
    LLM_CACHE_THRESHOLD("llm-cache-threshold", Type.DECIMAL),
    EMBEDDING_URL("embedding-url", Type.TEXT),
    EMBEDDING_MODEL("embedding-model", Type.TEXT),
    HEAR_TIMEOUT_SECS("hear-timeout-secs", Type.WHOLE),
    SESSION_TIMEOUT("session-timeout", Type.WHOLE),
    THEME_COLOR1("theme-color1", Type.TEXT),
    THEME_COLOR2("theme-color2", Type.TEXT),
    THEME_LOGO("theme-logo", Type.TEXT),
    THEME_TITLE("theme-title", Type.TEXT),
    WHATSAPP_PHONE_NUMBER_ID("whatsapp-phone-number-id", Type.TEXT),
    WHATSAPP_ACCESS_TOKEN("whatsapp-access-token", Type.TEXT),
    WHATSAPP_VERIFY_TOKEN("whatsapp-verify-token", Type.TEXT),
    TELEGRAM_BOT_TOKEN("telegram-bot-token", Type.TEXT);

    /** What a value must look like. */
    public enum Type { TEXT, WHOLE, DECIMAL, FLAG }

    private final String key;
    private final Type type;

    ConfigKey(String key, Type type) {
        this.key = key;
        this.type = type;
    }

    public String key() { return key; }

    public Type type() { return type; }

    public static Optional<ConfigKey> named(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    /** Why the value does not fit this key's type, or empty when it does. */
    public Optional<String> problemWith(String value) {
        boolean fits = switch (type) {
            case TEXT -> true;
            case WHOLE -> whole(value).isPresent();
            case DECIMAL -> decimal(value).isPresent();
            case FLAG -> flag(value).isPresent();
        };
        return fits ? Optional.empty()
                : Optional.of(key + " must be " + switch (type) {
                    case WHOLE -> "a whole number";
                    case DECIMAL -> "a number";
                    case FLAG -> "true or false";
                    case TEXT -> "text";
                });
    }

    static Optional<Long> whole(String value) {
        try {
            return Optional.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Optional<BigDecimal> decimal(String value) {
        try {
            return Optional.of(new BigDecimal(value.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Optional<Boolean> flag(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> Optional.of(true);
            case "false", "no", "off", "0" -> Optional.of(false);
            default -> Optional.empty();
        };
    }
}
