package org.botserver.adapter.out.persistence.qdrant;

import static org.botserver.adapter.out.persistence.qdrant.QdrantStatus.invalid;
import static org.botserver.adapter.out.persistence.qdrant.QdrantStatus.unsupported;

import io.qdrant.client.grpc.Collections.Modifier;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.Points.PointStruct;
import io.qdrant.client.grpc.Points.QueryPoints;
import io.qdrant.client.grpc.Points.ScoredPoint;
import io.qdrant.client.grpc.Points.SparseVector;
import io.qdrant.client.grpc.Points.VectorInput;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The fake Qdrant's Query: exact nearest-neighbour search, cosine for dense vectors, IDF-weighted dot products for sparse ones. */
final class FakeSearch {

    private FakeSearch() {
    }

    static List<ScoredPoint> query(FakeCollection collection, QueryPoints request) {
        if (request.getPrefetchCount() > 0) throw unsupported("prefetch");
        if (!request.getQuery().hasNearest()) throw unsupported("queries other than nearest");
        if (request.hasWithVectors()) throw unsupported("returning vectors");
        String using = request.getUsing();
        VectorInput input = request.getQuery().getNearest();
        List<PointStruct> candidates = collection.points(request.getFilter());
        Map<PointStruct, Double> scores = switch (input.getVariantCase()) {
            case DENSE -> dense(collection, using, input.getDense().getDataList(), candidates);
            case SPARSE -> sparse(collection, using, input.getSparse(), candidates);
            default -> throw unsupported("nearest " + input.getVariantCase());
        };
        boolean payload = request.getWithPayload().getEnable();
        if (request.getWithPayload().hasInclude() || request.getWithPayload().hasExclude()) throw unsupported("payload selectors");
        return scores.entrySet().stream()
                .filter(e -> !request.hasScoreThreshold() || e.getValue() >= request.getScoreThreshold())
                .sorted(Map.Entry.<PointStruct, Double>comparingByValue(Comparator.reverseOrder()))
                .skip(request.getOffset()).limit(request.hasLimit() ? request.getLimit() : 10)
                .map(e -> ScoredPoint.newBuilder().setId(e.getKey().getId()).setScore(e.getValue().floatValue())
                        .putAllPayload(payload ? e.getKey().getPayloadMap() : Map.of()).build())
                .toList();
    }

    private static Map<PointStruct, Double> dense(FakeCollection c, String using, List<Float> query, List<PointStruct> candidates) {
        var params = c.dense(using);
        if (params == null) throw wrongVector(c, using);
        if (query.size() != params.getSize()) {
            throw invalid("Wrong input: Vector dimension error: expected dim: " + params.getSize() + ", got " + query.size());
        }
        List<Float> unit = FakePoints.unit(query).getDataList();
        Map<PointStruct, Double> scores = new LinkedHashMap<>();
        for (PointStruct p : candidates) {
            FakePoints.vector(p, using).filter(v -> v.hasDense()).ifPresent(v -> {
                double dot = 0;
                for (int i = 0; i < unit.size(); i++) dot += unit.get(i) * v.getDense().getData(i);
                scores.put(p, dot);
            });
        }
        return scores;
    }

    private static Map<PointStruct, Double> sparse(FakeCollection c, String using, SparseVector query, List<PointStruct> candidates) {
        Modifier modifier = c.sparse(using);
        if (modifier == null) throw wrongVector(c, using);
        if (query.getIndicesCount() != query.getValuesCount()) throw invalid("Validation error in body: [query.indices: must match values in length]");
        List<SparseVector> all = c.points(Filter.getDefaultInstance()).stream()
                .map(p -> FakePoints.vector(p, using)).flatMap(Optional::stream).map(v -> v.getSparse()).toList();
        Map<Integer, Double> weights = new HashMap<>();
        for (int i = 0; i < query.getIndicesCount(); i++) {
            int dimension = query.getIndices(i);
            // Qdrant's IDF: ln(1 + (N - n + 0.5) / (n + 0.5)) over every point with this sparse vector.
            long n = all.stream().filter(v -> v.getIndicesList().contains(dimension)).count();
            double idf = modifier == Modifier.Idf ? Math.log(1 + (all.size() - n + 0.5) / (n + 0.5)) : 1;
            weights.merge(dimension, query.getValues(i) * idf, Double::sum);
        }
        Map<PointStruct, Double> scores = new LinkedHashMap<>();
        for (PointStruct p : candidates) {
            FakePoints.vector(p, using).filter(v -> v.hasSparse()).map(v -> v.getSparse()).ifPresent(v -> {
                double dot = 0;
                boolean overlaps = false;
                for (int i = 0; i < v.getIndicesCount(); i++) {
                    Double w = weights.get(v.getIndices(i));
                    if (w != null) {
                        dot += w * v.getValues(i);
                        overlaps = true;
                    }
                }
                if (overlaps) scores.put(p, dot);
            });
        }
        return scores;
    }

    private static RuntimeException wrongVector(FakeCollection c, String using) {
        boolean other = c.dense(using) != null || c.sparse(using) != null;
        return invalid(other ? "Wrong input: Conversion between sparse and regular vectors failed"
                : "Wrong input: Not existing vector name error: " + using);
    }
}
