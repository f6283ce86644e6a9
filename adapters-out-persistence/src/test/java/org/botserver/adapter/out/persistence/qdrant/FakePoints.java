package org.botserver.adapter.out.persistence.qdrant;

import static org.botserver.adapter.out.persistence.qdrant.QdrantStatus.invalid;

import io.qdrant.client.grpc.Collections.Distance;
import io.qdrant.client.grpc.Collections.VectorParams;
import io.qdrant.client.grpc.Common.PointId;
import io.qdrant.client.grpc.Points.DenseVector;
import io.qdrant.client.grpc.Points.PointStruct;
import io.qdrant.client.grpc.Points.Vector;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** How the fake Qdrant reads point ids and stores vectors. */
final class FakePoints {

    private FakePoints() {
    }

    /** The id as a map key; Qdrant takes an unsigned number or a UUID and refuses anything else. */
    static String key(PointId id) {
        return switch (id.getPointIdOptionsCase()) {
            case NUM -> "num:" + Long.toUnsignedString(id.getNum());
            case UUID -> {
                try {
                    yield "uuid:" + UUID.fromString(id.getUuid());
                } catch (IllegalArgumentException e) {
                    throw invalid("Unable to parse UUID: " + id.getUuid());
                }
            }
            case POINTIDOPTIONS_NOT_SET -> throw invalid("Validation error in body: [points[].id: field is required]");
        };
    }

    /** The point with its cosine vectors scaled to length 1, which Qdrant does on upsert so a dot product is the cosine. */
    static PointStruct normalised(PointStruct point, Map<String, VectorParams> dense) {
        if (!point.getVectors().hasVectors()) return point;
        var vectors = point.getVectors().getVectors().toBuilder();
        point.getVectors().getVectors().getVectorsMap().forEach((name, vector) -> {
            VectorParams params = dense.get(name);
            if (params != null && params.getDistance() == Distance.Cosine) {
                vectors.putVectors(name, Vector.newBuilder().setDense(unit(vector.getDense().getDataList())).build());
            }
        });
        return point.toBuilder().setVectors(point.getVectors().toBuilder().setVectors(vectors)).build();
    }

    static DenseVector unit(List<Float> values) {
        double norm = Math.sqrt(values.stream().mapToDouble(v -> v * v).sum());
        var unit = DenseVector.newBuilder();
        values.forEach(v -> unit.addData(norm == 0 ? 0 : (float) (v / norm)));
        return unit.build();
    }

    /** The point's vector of that name, if it has one. */
    static Optional<Vector> vector(PointStruct point, String name) {
        var vectors = point.getVectors();
        if (vectors.hasVector()) return name.isEmpty() ? Optional.of(vectors.getVector()) : Optional.empty();
        return Optional.ofNullable(vectors.getVectors().getVectorsMap().get(name));
    }
}
