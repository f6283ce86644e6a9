package org.botserver.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Conversation tokens are signed with HMAC-SHA256: the same payload always gets the same signature, on any thread. */
class HmacTokenSignatureTest {

    private static final String SECRET = "a-secret-of-at-least-thirty-two-bytes!";

    @TempDir
    Path dataDir;

    @Test
    void the_same_payload_gets_the_same_signature_and_another_payload_another() {
        HmacTokenSignature signature = HmacTokenSignature.of(Optional.of(SECRET), dataDir);

        String first = signature.sign("v1.conversation.1795607886");

        assertEquals(first, signature.sign("v1.conversation.1795607886"), "the Mac is reset between payloads");
        assertNotEquals(first, signature.sign("v1.conversation.1795607887"));
        assertEquals(43, first.length(), "32 bytes, URL-safe Base64 without padding");
    }

    @Test
    void threads_signing_at_once_get_the_signatures_one_thread_gets() throws Exception {
        HmacTokenSignature signature = HmacTokenSignature.of(Optional.of(SECRET), dataDir);
        List<String> expected = IntStream.range(0, 200).mapToObj(i -> signature.sign("payload-" + i)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<List<String>>> signers = IntStream.range(0, 8).<Callable<List<String>>>mapToObj(t -> () ->
                    IntStream.range(0, 200).mapToObj(i -> signature.sign("payload-" + i)).toList()).toList();
            for (Future<List<String>> signed : pool.invokeAll(signers)) assertEquals(expected, signed.get());
        } finally {
            pool.shutdownNow();
        }
    }
}
