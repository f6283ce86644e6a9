package org.botserver.adapter.out.llm.embedding;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.botserver.application.knowledge.EmbeddingModel;
import org.botserver.application.knowledge.EmbeddingUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Whatever goes wrong at the embedding server comes out as one plain "unavailable" naming the server. */
class EmbeddingServerFailuresTest {

    @RegisterExtension
    final WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private EmbeddingModel model() {
        return EmbeddingModels.openAiCompatible(URI.create(server.baseUrl() + "/v1"), Optional.of("bad"), "m",
                Duration.ofSeconds(2), 0);
    }

    private void assertUnavailable(String expectedStart) {
        var e = assertThrows(EmbeddingUnavailableException.class, () -> model().embed(List.of("a", "b")));
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    }

    @Test
    void a_refused_key_is_reported() {
        server.stubFor(post("/v1/embeddings").willReturn(aResponse().withStatus(401)
                .withBody("{\"error\":{\"message\":\"Incorrect API key provided\"}}")));

        assertUnavailable("The embedding server at localhost:" + server.getPort() + " failed");
    }

    @Test
    void a_server_error_is_reported() {
        server.stubFor(post("/v1/embeddings").willReturn(aResponse().withStatus(503)));

        assertUnavailable("The embedding server at localhost:" + server.getPort() + " failed");
    }

    @Test
    void a_dropped_connection_is_reported() {
        server.stubFor(post("/v1/embeddings").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertUnavailable("The embedding server at localhost:" + server.getPort() + " failed");
    }

    @Test
    void fewer_vectors_than_texts_are_reported() {
        server.stubFor(post("/v1/embeddings").willReturn(okJson(Responses.vectors(1, 3))));

        assertUnavailable("The embedding server at localhost:" + server.getPort() + " returned 1 vectors for 2 texts");
    }

    @Test
    void an_answer_without_vectors_is_reported() {
        server.stubFor(post("/v1/embeddings").willReturn(okJson("{\"object\":\"list\",\"data\":[{\"index\":0}]}")));

        assertUnavailable("The embedding server at localhost:" + server.getPort() + " answered unreadably");
    }
}
