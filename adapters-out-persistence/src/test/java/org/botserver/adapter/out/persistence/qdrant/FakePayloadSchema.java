package org.botserver.adapter.out.persistence.qdrant;

import static org.botserver.adapter.out.persistence.qdrant.QdrantStatus.invalid;

import io.qdrant.client.grpc.JsonWithInt.Value;
import io.qdrant.client.grpc.JsonWithInt.Value.KindCase;
import java.util.Map;

/**
 * The payload every knowledge chunk must carry. Qdrant itself takes any payload; the fake also refuses a point
 * that breaks the schema the adapter promises ({@code content}, {@code document_path}, {@code chunk_index}, and
 * {@code page} when known), so a mapping mistake fails the write as Qdrant fails malformed input.
 */
final class FakePayloadSchema {

    private static final Map<String, KindCase> REQUIRED = Map.of(
            "content", KindCase.STRING_VALUE, "document_path", KindCase.STRING_VALUE, "chunk_index", KindCase.INTEGER_VALUE);

    private FakePayloadSchema() {
    }

    static void check(Map<String, Value> payload) {
        REQUIRED.forEach((field, kind) -> {
            Value value = payload.get(field);
            if (value == null || value.getKindCase() != kind) {
                throw invalid("Wrong input: payload field `" + field + "` must be a " + kind + ", got " + (value == null ? "nothing" : value.getKindCase()));
            }
        });
        Value page = payload.get("page");
        if (page != null && page.getKindCase() != KindCase.INTEGER_VALUE) {
            throw invalid("Wrong input: payload field `page` must be an INTEGER_VALUE, got " + page.getKindCase());
        }
        if (payload.get("document_path").getStringValue().isBlank()) throw invalid("Wrong input: payload field `document_path` is blank");
    }
}
