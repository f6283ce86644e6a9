package org.botserver.adapter.out.persistence.qdrant;

import static io.qdrant.client.ValueFactory.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.grpc.Status;
import io.qdrant.client.PointIdFactory;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.QueryFactory;
import io.qdrant.client.grpc.Common.PointId;
import io.qdrant.client.grpc.Points.DenseVector;
import io.qdrant.client.grpc.Points.NamedVectors;
import io.qdrant.client.grpc.Points.PointStruct;
import io.qdrant.client.grpc.Points.QueryPoints;
import io.qdrant.client.grpc.Points.Vector;
import io.qdrant.client.grpc.Points.Vectors;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The in-process Qdrant refuses malformed requests with the gRPC status and wording Qdrant uses. */
class FakeQdrantTest {

    private final FakeQdrant qdrant = new FakeQdrant();
    private final QdrantClient client = qdrant.client();

    @AfterEach
    void close() {
        client.close();
        qdrant.close();
    }

    private static Status failure(Future<?> reply) {
        return Status.fromThrowable(assertThrows(ExecutionException.class, reply::get).getCause());
    }

    private void createManuals() throws Exception {
        client.createCollectionAsync(ChunkPoints.collection("support_manuals", 3)).get();
    }

    private static PointStruct point(PointId id, String vectorName, float... vector) {
        var dense = Vector.newBuilder().setDense(DenseVector.newBuilder().addAllData(List.of(box(vector)))).build();
        return PointStruct.newBuilder().setId(id).setVectors(Vectors.newBuilder().setVectors(NamedVectors.newBuilder().putVectors(vectorName, dense)))
                .putPayload("content", value("text")).putPayload("document_path", value("a.md")).putPayload("chunk_index", value(0)).build();
    }

    private static Float[] box(float[] values) {
        Float[] boxed = new Float[values.length];
        for (int i = 0; i < values.length; i++) boxed[i] = values[i];
        return boxed;
    }

    @Test
    void writing_to_a_missing_collection_is_not_found() {
        Status status = failure(client.upsertAsync("nowhere", List.of(point(PointIdFactory.id(1), "dense", 1, 0, 0))));

        assertEquals(Status.Code.NOT_FOUND, status.getCode());
        assertEquals("Not found: Collection `nowhere` doesn't exist!", status.getDescription());
    }

    @Test
    void creating_a_collection_twice_is_already_exists() throws Exception {
        createManuals();

        assertEquals(Status.Code.ALREADY_EXISTS, failure(client.createCollectionAsync(ChunkPoints.collection("support_manuals", 3))).getCode());
        assertEquals(Status.Code.INVALID_ARGUMENT, failure(client.createCollectionAsync(ChunkPoints.collection("a/b", 3))).getCode());
        assertEquals(Status.Code.INVALID_ARGUMENT, failure(client.createCollectionAsync(ChunkPoints.collection("empty", 0))).getCode());
    }

    @Test
    void a_vector_of_the_wrong_size_or_name_is_invalid_argument() throws Exception {
        createManuals();

        Status wrongSize = failure(client.upsertAsync("support_manuals", List.of(point(PointIdFactory.id(1), "dense", 1, 0))));
        Status wrongName = failure(client.upsertAsync("support_manuals", List.of(point(PointIdFactory.id(1), "image", 1, 0, 0))));

        assertEquals("Wrong input: Vector dimension error: expected dim: 3, got 2", wrongSize.getDescription());
        assertEquals(Status.Code.INVALID_ARGUMENT, wrongName.getCode());
        assertEquals("Wrong input: Not existing vector name error: image", wrongName.getDescription());
    }

    @Test
    void a_point_id_that_is_no_uuid_or_a_point_without_the_chunk_payload_is_invalid_argument() throws Exception {
        createManuals();
        PointId badId = PointId.newBuilder().setUuid("chunk-1").build();
        PointStruct noPath = point(PointIdFactory.id(UUID.randomUUID()), "dense", 1, 0, 0).toBuilder().removePayload("document_path").build();

        assertEquals("Unable to parse UUID: chunk-1", failure(client.upsertAsync("support_manuals", List.of(point(badId, "dense", 1, 0, 0)))).getDescription());
        assertEquals(Status.Code.INVALID_ARGUMENT, failure(client.upsertAsync("support_manuals", List.of(noPath))).getCode());
        assertEquals(0L, client.countAsync("support_manuals").get());
    }

    @Test
    void a_search_on_a_missing_collection_is_not_found_and_on_a_missing_vector_is_invalid_argument() throws Exception {
        createManuals();

        var query = QueryPoints.newBuilder().setCollectionName("support_manuals").setUsing("image")
                .setQuery(QueryFactory.nearest(1f, 0f, 0f)).build();

        assertEquals(Status.Code.INVALID_ARGUMENT, failure(client.queryAsync(query)).getCode());
        assertEquals(Status.Code.NOT_FOUND, failure(client.queryAsync(query.toBuilder().setCollectionName("nowhere").build())).getCode());
    }
}
