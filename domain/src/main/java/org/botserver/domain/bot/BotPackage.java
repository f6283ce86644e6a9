package org.botserver.domain.bot;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.botserver.domain.basic.SourceFile;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A bot as it is shipped, read from its {@code .gbai} package: the dialogs' BASIC source, config.csv (with the
 * problems found in it), the optional PROMPT.md, the knowledge-base collections, and the version of the package
 * these came from.
 */
@ValueObject
public record BotPackage(BotId id, String version, List<SourceFile> dialogs, BotConfig config,
                         List<String> configProblems, Optional<String> prompt, List<String> knowledgeCollections) {

    public BotPackage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        dialogs = List.copyOf(dialogs);
        Objects.requireNonNull(config, "config");
        configProblems = List.copyOf(configProblems);
        Objects.requireNonNull(prompt, "prompt");
        knowledgeCollections = List.copyOf(knowledgeCollections);
    }

    /** A package of dialogs only, its version taken from their source; for bots built in code. */
    public static BotPackage ofDialogs(BotId id, List<SourceFile> dialogs) {
        Map<String, String> contents = new TreeMap<>();
        dialogs.forEach(d -> contents.put(d.name(), d.text()));
        return new BotPackage(id, versionOf(contents), dialogs, BotConfig.empty(), List.of(), Optional.empty(), List.of());
    }

    /** The name shown to users: config.csv's bot-name, else the id. */
    public String name() {
        return config.text(ConfigKey.BOT_NAME).orElse(id.value());
    }

    /**
     * A short, stable version for a package's content: a hash of every file's path and fingerprint (an ETag, a
     * content hash), so any added, removed or changed file gives a new version.
     */
    public static String versionOf(Map<String, String> fingerprintsByPath) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(fingerprintsByPath).forEach((path, fingerprint) ->
                    digest.update((path + '\0' + fingerprint + '\n').getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
