package org.botserver.application.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Where a query's answer and its scope's embeddings are kept: {@code llm-cache:{bot}:{context}:{message}} and
 * {@code llm-cache:{bot}:{context}:vectors:{embedding model}}, the context being a hash of the model, system
 * prompt, tools and history, and the message a hash of its words (case and spacing ignored).
 */
record CacheKeys(String answer, String vectors) {

    static CacheKeys of(CacheQuery query, String embeddingModel) {
        String context = sha256(query.model(), query.systemPrompt(), query.tools(), query.history());
        String prefix = "llm-cache:" + query.bot().value() + ":" + context + ":";
        return new CacheKeys(prefix + sha256(normalised(query.message())), prefix + "vectors:" + embeddingModel);
    }

    /** The message as it is compared: trimmed, runs of white space as one space, lower case. */
    static String normalised(String message) {
        return message.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static String sha256(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                // Each part's length goes first, so ("ab", "c") and ("a", "bc") never hash alike.
                digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                digest.update((byte) ':');
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
