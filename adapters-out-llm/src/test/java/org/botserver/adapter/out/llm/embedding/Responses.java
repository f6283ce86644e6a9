package org.botserver.adapter.out.llm.embedding;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Bodies of /v1/embeddings answers, as OpenAI writes them. */
final class Responses {

    private Responses() {}

    /** {@code count} vectors of {@code dimensions} values, the i-th starting with i + 1. */
    static String vectors(int count, int dimensions) {
        String data = IntStream.range(0, count).mapToObj(i -> "{\"object\":\"embedding\",\"index\":" + i
                        + ",\"embedding\":[" + IntStream.range(0, dimensions)
                        .mapToObj(d -> d == 0 ? Integer.toString(i + 1) : "0.5").collect(Collectors.joining(",")) + "]}")
                .collect(Collectors.joining(","));
        return "{\"object\":\"list\",\"model\":\"m\",\"usage\":{\"prompt_tokens\":1,\"total_tokens\":1},\"data\":["
                + data + "]}";
    }
}
