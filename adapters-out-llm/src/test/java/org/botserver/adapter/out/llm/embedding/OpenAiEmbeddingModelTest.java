package org.botserver.adapter.out.llm.embedding;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.botserver.application.knowledge.EmbeddingModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The remote adapter speaks OpenAI's /v1/embeddings: what it sends, and how it reads the answer. */
class OpenAiEmbeddingModelTest {

    @RegisterExtension
    final WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private EmbeddingModel model(Optional<String> key) {
        return EmbeddingModels.openAiCompatible(URI.create(server.baseUrl() + "/v1"), key, "text-embedding-3-small",
                Duration.ofSeconds(5), 0);
    }

    @Test
    void texts_go_as_one_request_with_model_key_and_float_format() {
        server.stubFor(post("/v1/embeddings").willReturn(okJson(Responses.vectors(2, 3))));

        model(Optional.of("sk-test")).embed(List.of("first text", "second text"));

        server.verify(postRequestedFor(urlEqualTo("/v1/embeddings"))
                .withHeader("Authorization", equalTo("Bearer sk-test"))
                .withRequestBody(equalToJson("""
                        {"model":"text-embedding-3-small","input":["first text","second text"],"encoding_format":"float"}
                        """)));
    }

    @Test
    void vectors_are_matched_to_texts_by_their_index_not_their_order() {
        server.stubFor(post("/v1/embeddings").willReturn(okJson("""
                {"object":"list","model":"m","usage":{"prompt_tokens":4,"total_tokens":4},"data":[
                  {"object":"embedding","index":1,"embedding":[0.0,1.0]},
                  {"object":"embedding","index":0,"embedding":[1.0,0.5]}]}
                """)));

        var vectors = model(Optional.empty()).embed(List.of("a", "b"));

        assertArrayEquals(new float[] {1.0f, 0.5f}, vectors.get(0).values());
        assertArrayEquals(new float[] {0.0f, 1.0f}, vectors.get(1).values());
    }

    @Test
    void a_large_batch_is_sent_in_requests_of_256_texts() {
        server.stubFor(post("/v1/embeddings").withRequestBody(equalToJson("{\"input\":[\"text 0\"]}", true, true))
                .willReturn(okJson(Responses.vectors(256, 2))));
        server.stubFor(post("/v1/embeddings").withRequestBody(equalToJson("{\"input\":[\"text 256\"]}", true, true))
                .willReturn(okJson(Responses.vectors(44, 2))));

        var vectors = model(Optional.empty()).embed(IntStream.range(0, 300).mapToObj(i -> "text " + i).toList());

        assertEquals(300, vectors.size());
        server.verify(2, postRequestedFor(urlEqualTo("/v1/embeddings")));
    }

    @Test
    void the_dimensions_are_learnt_from_the_server() {
        server.stubFor(post("/v1/embeddings").willReturn(okJson(Responses.vectors(1, 7))));

        assertEquals(7, model(Optional.empty()).dimensions());
        assertEquals("text-embedding-3-small", model(Optional.empty()).modelId());
    }

    @Test
    void a_rate_limited_request_is_retried_after_the_servers_delay() {
        server.stubFor(post("/v1/embeddings").inScenario("busy").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")
                        .withBody("{\"error\":{\"message\":\"slow down\"}}"))
                .willSetStateTo("free"));
        server.stubFor(post("/v1/embeddings").inScenario("busy").whenScenarioStateIs("free")
                .willReturn(okJson(Responses.vectors(1, 3))));
        EmbeddingModel retrying = EmbeddingModels.openAiCompatible(URI.create(server.baseUrl() + "/v1"),
                Optional.empty(), "m", Duration.ofSeconds(5), 2);

        assertEquals(3, retrying.embed("hello").dimensions());
        server.verify(2, postRequestedFor(urlEqualTo("/v1/embeddings")));
    }
}
