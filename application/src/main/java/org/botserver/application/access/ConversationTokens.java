package org.botserver.application.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.botserver.domain.conversation.ConversationId;

/**
 * Signs and checks conversation tokens: {@code v1.<conversation id>.<expiry epoch seconds>.<signature>}. A
 * token proves that its holder started that conversation; it says nothing else and expires after the lifetime.
 */
public final class ConversationTokens {

    private static final String VERSION = "v1";

    private final TokenSignature signature;
    private final Duration lifetime;

    public ConversationTokens(TokenSignature signature, Duration lifetime) {
        this.signature = Objects.requireNonNull(signature, "signature");
        if (lifetime == null || lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("A conversation token lives for a positive duration.");
        }
        this.lifetime = lifetime;
    }

    /** A new token for the conversation, valid for the lifetime from now. */
    public IssuedToken issue(ConversationId conversation, Instant now) {
        Instant expiresAt = now.plus(lifetime).truncatedTo(ChronoUnit.SECONDS);
        String payload = VERSION + "." + conversation + "." + expiresAt.getEpochSecond();
        return new IssuedToken(payload + "." + sign(payload), expiresAt);
    }

    /** The conversation the token was issued for, if the signature holds and it has not expired. */
    public Optional<ConversationId> verify(String token, Instant now) {
        if (token == null) return Optional.empty();
        int lastDot = token.lastIndexOf('.');
        if (lastDot < 0) return Optional.empty();
        String payload = token.substring(0, lastDot);
        byte[] expected = sign(payload).getBytes(StandardCharsets.US_ASCII);
        // Compared in constant time, so the time taken tells nothing about how much of a forged signature matched.
        if (!MessageDigest.isEqual(expected, token.substring(lastDot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        String[] parts = payload.split("\\.");
        if (parts.length != 3 || !parts[0].equals(VERSION)) return Optional.empty();
        try {
            if (!now.isBefore(Instant.ofEpochSecond(Long.parseLong(parts[2])))) return Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ConversationId.parse(parts[1]);
    }

    private String sign(String payload) {
        return signature.sign(payload);
    }

    /** A signed token and the moment it stops being accepted. */
    public record IssuedToken(String value, Instant expiresAt) {
    }
}
