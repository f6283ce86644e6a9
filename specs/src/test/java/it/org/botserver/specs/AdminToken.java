package it.org.botserver.specs;

import jakarta.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * An operator's bearer token for the server the build starts: RS256, signed with the test-only key in
 * {@code admin-token/private.pem}, whose public half the server is told to trust (see the pom's liberty.env.MP_JWT_*).
 * Handed to the step library as -Dbotserver.admin.token, as a bot team's CI hands it a token of its own provider.
 */
final class AdminToken {

    static final String ISSUER = "https://issuer.specs.botserver.test";
    static final String AUDIENCE = "botserver";

    private AdminToken() {
    }

    /** Makes the step library's remote targets send an admin token, valid for the next hour. */
    static void install() {
        System.setProperty("botserver.admin.token", mint(Instant.now()));
    }

    static String mint(Instant now) {
        String header = part(Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").build().toString());
        String claims = part(Json.createObjectBuilder().add("iss", ISSUER).add("aud", AUDIENCE).add("sub", "specs-operator")
                .add("upn", "specs-operator").add("groups", Json.createArrayBuilder().add("admin"))
                .add("iat", now.getEpochSecond() - 60).add("exp", now.getEpochSecond() + 3600)
                .add("jti", UUID.randomUUID().toString()).build().toString());
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(privateKey());
            rsa.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
            return header + "." + claims + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign the specs' admin token: " + e.getMessage(), e);
        }
    }

    private static PrivateKey privateKey() throws GeneralSecurityException {
        try (InputStream pem = AdminToken.class.getResourceAsStream("/admin-token/private.pem")) {
            if (pem == null) throw new IllegalStateException("admin-token/private.pem is not on the test classpath.");
            String base64 = new String(pem.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read admin-token/private.pem: " + e.getMessage(), e);
        }
    }

    private static String part(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
