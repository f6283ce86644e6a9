package org.botserver.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.botserver.application.access.TokenSignature;

/**
 * HMAC-SHA256 over conversation tokens. The key is the configured secret, or else a random one generated on the
 * first start and kept in the data folder, so tokens survive restarts without any set-up.
 */
final class HmacTokenSignature implements TokenSignature {

    static final int MIN_SECRET_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;
    /** A Mac is not thread-safe and costly to make; every request signs or checks a token, so each thread keeps one. */
    private final ThreadLocal<Mac> macs;

    private HmacTokenSignature(byte[] secret) {
        this.key = new SecretKeySpec(secret, ALGORITHM);
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    /** The configured secret (at least 32 bytes of UTF-8), or the one kept in {@code dataDir}. */
    static HmacTokenSignature of(Optional<String> configured, Path dataDir) {
        if (configured.isPresent()) {
            byte[] secret = configured.get().getBytes(StandardCharsets.UTF_8);
            if (secret.length < MIN_SECRET_BYTES) {
                throw new IllegalStateException("conversation.token.secret must be at least " + MIN_SECRET_BYTES + " bytes long.");
            }
            return new HmacTokenSignature(secret);
        }
        return new HmacTokenSignature(keptSecret(dataDir.resolve("conversation-token.key")));
    }

    private static byte[] keptSecret(Path file) {
        try {
            if (Files.exists(file)) return Base64.getDecoder().decode(Files.readString(file).strip());
            byte[] secret = new byte[MIN_SECRET_BYTES];
            new SecureRandom().nextBytes(secret);
            Files.createDirectories(file.getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(secret), StandardOpenOption.CREATE_NEW);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // The folder's own permissions protect the key on file systems without POSIX modes.
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the conversation token key " + file, e);
        }
    }

    @Override
    public String sign(String payload) {
        // doFinal resets the Mac for the next payload, keeping its key.
        return Base64.getUrlEncoder().withoutPadding().encodeToString(macs.get().doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
