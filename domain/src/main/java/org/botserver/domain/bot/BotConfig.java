package org.botserver.domain.bot;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A bot's settings from {@code <bot>.gbot/config.csv}, keys in lower case, with typed access. Keys ending in
 * -key, -pass, -password, -token or -secret are secrets: {@link #visible()} and {@link #toString()} leave them out.
 */
@ValueObject
public final class BotConfig {

    private static final List<String> SECRET_ENDINGS = List.of("-key", "-pass", "-password", "-token", "-secret");
    private static final String PARAM_PREFIX = "param-";
    private static final Pattern BASIC_NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*\\$?");
    private static final BotConfig EMPTY = new BotConfig(Map.of());

    private final Map<String, String> values;

    BotConfig(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static BotConfig empty() { return EMPTY; }

    /** Settings from name/value pairs; names are trimmed and lower-cased. */
    public static BotConfig of(Map<String, String> values) {
        Map<String, String> normalised = new LinkedHashMap<>();
        values.forEach((key, value) -> normalised.put(ConfigCsv.normalise(key), value));
        return new BotConfig(normalised);
    }

    public Optional<String> text(String key) {
        return Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
    }

    public Optional<String> text(ConfigKey key) { return text(key.key()); }

    /** The value as a whole number; empty when unset or not a whole number (config.csv's problems say so). */
    public Optional<Long> whole(ConfigKey key) { return text(key).flatMap(ConfigKey::whole); }

    public Optional<BigDecimal> decimal(ConfigKey key) { return text(key).flatMap(ConfigKey::decimal); }

    /** true/yes/on/1 or false/no/off/0. */
    public Optional<Boolean> flag(ConfigKey key) { return text(key).flatMap(ConfigKey::flag); }

    /** Whether a key holds a secret that no API answer and no log line may show. */
    public static boolean isSecret(String key) {
        String k = ConfigCsv.normalise(key);
        return SECRET_ENDINGS.stream().anyMatch(k::endsWith);
    }

    /** Every setting except the secrets, in file order: what an API may show. */
    public Map<String, String> visible() {
        return values.entrySet().stream().filter(e -> !isSecret(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> b, LinkedHashMap::new));
    }

    /** The {@code param-<name>} rows as BASIC globals: variable name (see {@link #variableOf}) to value. */
    public Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        values.forEach((key, value) -> variableOf(key).ifPresent(name -> params.put(name, value)));
        return params;
    }

    /** Whether a key is a {@code param-<name>} row, valid or not. */
    static boolean isParam(String key) {
        return key.startsWith(PARAM_PREFIX);
    }

    /**
     * The BASIC variable a {@code param-<name>} row sets: the name with each - as _ (config.csv names are written
     * with dashes, which BASIC reads as minus), or empty when the key is no param row or no BASIC name results.
     */
    static Optional<String> variableOf(String key) {
        if (!isParam(key)) return Optional.empty();
        String name = key.substring(PARAM_PREFIX.length()).replace('-', '_');
        return BASIC_NAME.matcher(name).matches() ? Optional.of(name) : Optional.empty();
    }

    @Override public boolean equals(Object other) { return other instanceof BotConfig that && values.equals(that.values); }

    @Override public int hashCode() { return values.hashCode(); }

    /** The settings with every secret's value masked, safe for logs. */
    @Override public String toString() {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + (isSecret(e.getKey()) ? "***" : e.getValue()))
                .collect(Collectors.joining(", ", "BotConfig[", "]"));
    }
}
