package org.botserver.adapter.out.persistence.qdrant;

import static org.botserver.adapter.out.persistence.qdrant.QdrantStatus.invalid;

import io.qdrant.client.grpc.Collections.CreateCollection;
import io.qdrant.client.grpc.Collections.Distance;
import io.qdrant.client.grpc.Collections.Modifier;
import io.qdrant.client.grpc.Collections.VectorParams;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.Points.FieldType;
import io.qdrant.client.grpc.Points.PointStruct;
import io.qdrant.client.grpc.Points.Vector;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * One collection of the fake Qdrant: its vector configuration, checked on every write the way Qdrant checks it,
 * and its points, dense vectors normalised on the way in as Qdrant does for cosine.
 */
final class FakeCollection {

    private final String name;
    private final Map<String, VectorParams> dense = new LinkedHashMap<>();
    private final Map<String, Modifier> sparse = new LinkedHashMap<>();
    private final Map<String, PointStruct> points = new LinkedHashMap<>();
    private final Map<String, FieldType> indexes = new ConcurrentHashMap<>();

    FakeCollection(CreateCollection request) {
        this.name = request.getCollectionName();
        var config = request.getVectorsConfig();
        switch (config.getConfigCase()) {
            case PARAMS -> dense.put("", config.getParams());
            case PARAMS_MAP -> dense.putAll(config.getParamsMap().getMapMap());
            case CONFIG_NOT_SET -> { }
        }
        request.getSparseVectorsConfig().getMapMap().forEach((n, params) -> sparse.put(n, params.getModifier()));
        dense.forEach((n, params) -> {
            if (params.getSize() == 0) throw invalid("Validation error in body: [vectors_config.size: value 0 invalid, must be 1 or larger]");
            if (params.getDistance() == Distance.UnknownDistance) throw invalid("Wrong input: Unknown distance for vector `" + n + "`");
        });
    }

    String name() {
        return name;
    }

    synchronized void upsert(List<PointStruct> batch) {
        batch.forEach(this::check);
        batch.forEach(p -> points.put(FakePoints.key(p.getId()), FakePoints.normalised(p, dense)));
    }

    synchronized int delete(Predicate<PointStruct> which) {
        int before = points.size();
        points.values().removeIf(which);
        return before - points.size();
    }

    synchronized List<PointStruct> points(Filter filter) {
        return points.values().stream().filter(p -> FakeFilters.matches(filter, p)).toList();
    }

    /** Records a payload index; creating one that exists changes nothing, as in Qdrant. */
    void index(String field, FieldType type) {
        indexes.putIfAbsent(field, type);
    }

    Map<String, FieldType> indexes() {
        return Map.copyOf(indexes);
    }

    synchronized List<PointStruct> all() {
        return List.copyOf(points.values());
    }

    VectorParams dense(String vectorName) {
        return dense.get(vectorName);
    }

    Modifier sparse(String vectorName) {
        return sparse.get(vectorName);
    }

    private void check(PointStruct point) {
        FakePoints.key(point.getId());
        var vectors = point.getVectors();
        Map<String, Vector> named = switch (vectors.getVectorsOptionsCase()) {
            case VECTOR -> Map.of("", vectors.getVector());
            case VECTORS -> vectors.getVectors().getVectorsMap();
            case VECTORSOPTIONS_NOT_SET -> Map.of();
        };
        named.forEach((vectorName, vector) -> {
            if (vector.hasDense() && dense.containsKey(vectorName)) {
                long expected = dense.get(vectorName).getSize();
                if (vector.getDense().getDataCount() != expected) {
                    throw invalid("Wrong input: Vector dimension error: expected dim: " + expected + ", got " + vector.getDense().getDataCount());
                }
            } else if (vector.hasSparse() && sparse.containsKey(vectorName)) {
                var s = vector.getSparse();
                if (s.getIndicesCount() != s.getValuesCount() || s.getIndicesList().stream().distinct().count() != s.getIndicesCount()) {
                    throw invalid("Validation error in body: [points[].vector: indices must be unique and match values in length]");
                }
            } else {
                throw invalid("Wrong input: Not existing vector name error: " + vectorName);
            }
        });
        FakePayloadSchema.check(point.getPayloadMap());
    }
}
