package it.org.botserver.security;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

/**
 * The integration tests' OIDC provider: an RSA key pair generated in this JVM, its JWKS served on the port the
 * build gave the server (it.jwks.port), and RS256 tokens minted with it, well-formed or broken on purpose.
 */
public final class TokenMint {

    public static final String ISSUER = "https://issuer.it.botserver.test";
    public static final String AUDIENCE = "botserver";
    private static final KeyPair KEYS = generate();
    private static final KeyPair STRANGER = generate();
    private static HttpServer jwks;

    private TokenMint() {
    }

    /** A valid token for the subject with these roles, valid for five minutes. */
    public static String token(String subject, String... roles) {
        return claims(subject, ISSUER, AUDIENCE, Instant.now().plus(Duration.ofMinutes(5)), roles).sign(KEYS);
    }

    public static Claims claims(String subject, String issuer, String audience, Instant expiresAt, String... roles) {
        serveJwks();
        JsonArrayBuilder groups = Json.createArrayBuilder();
        Arrays.stream(roles).forEach(groups::add);
        Instant now = Instant.now();
        return new Claims(Json.createObjectBuilder().add("iss", issuer).add("aud", audience).add("sub", subject)
                .add("upn", subject).add("groups", groups).add("iat", now.minusSeconds(600).getEpochSecond())
                .add("exp", expiresAt.getEpochSecond()).add("jti", UUID.randomUUID().toString()).build());
    }

    /** A token's claims, signed by the provider's key, by a stranger's, or not at all. */
    public record Claims(JsonObject body) {

        public String sign(KeyPair keys) {
            String input = part(Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").add("kid", "it").build())
                    + "." + part(body);
            try {
                Signature rsa = Signature.getInstance("SHA256withRSA");
                rsa.initSign(keys.getPrivate());
                rsa.update(input.getBytes(StandardCharsets.US_ASCII));
                return input + "." + base64(rsa.sign());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        public String signedByTheProvider() {
            return sign(KEYS);
        }

        public String signedByAStranger() {
            return sign(STRANGER);
        }

        public String unsigned() {
            return part(Json.createObjectBuilder().add("alg", "none").add("typ", "JWT").build()) + "." + part(body) + ".";
        }
    }

    private static synchronized void serveJwks() {
        if (jwks != null) return;
        RSAPublicKey key = (RSAPublicKey) KEYS.getPublic();
        byte[] body = Json.createObjectBuilder().add("keys", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("kty", "RSA").add("kid", "it").add("use", "sig").add("alg", "RS256")
                .add("n", unsigned(key.getModulus())).add("e", unsigned(key.getPublicExponent())))).build()
                .toString().getBytes(StandardCharsets.UTF_8);
        try {
            jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(System.getProperty("it.jwks.port"))), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve the JWKS", e);
        }
        jwks.createContext("/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        jwks.start();
        // The server lives as long as the test JVM; Liberty may fetch the keys again at any time.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> jwks.stop(0)));
    }

    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return base64(bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes);
    }

    private static String part(JsonObject json) {
        return base64(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
