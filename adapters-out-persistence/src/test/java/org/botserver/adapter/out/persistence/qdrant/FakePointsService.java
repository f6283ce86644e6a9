package org.botserver.adapter.out.persistence.qdrant;

import static org.botserver.adapter.out.persistence.qdrant.FakeQdrant.respond;
import static org.botserver.adapter.out.persistence.qdrant.QdrantStatus.invalid;

import io.grpc.stub.StreamObserver;
import io.qdrant.client.grpc.Points.CountPoints;
import io.qdrant.client.grpc.Points.CountResponse;
import io.qdrant.client.grpc.Points.CountResult;
import io.qdrant.client.grpc.Points.CreateFieldIndexCollection;
import io.qdrant.client.grpc.Points.DeletePoints;
import io.qdrant.client.grpc.Points.PointsOperationResponse;
import io.qdrant.client.grpc.Points.QueryPoints;
import io.qdrant.client.grpc.Points.QueryResponse;
import io.qdrant.client.grpc.Points.UpdateResult;
import io.qdrant.client.grpc.Points.UpdateStatus;
import io.qdrant.client.grpc.Points.UpsertPoints;
import io.qdrant.client.grpc.PointsGrpc;
import java.util.HashSet;

/** The fake Qdrant's Points service: upsert, delete, query, count and payload indexes; the rest answers UNIMPLEMENTED. */
final class FakePointsService extends PointsGrpc.PointsImplBase {

    private final FakeQdrant qdrant;

    FakePointsService(FakeQdrant qdrant) {
        this.qdrant = qdrant;
    }

    @Override
    public void upsert(UpsertPoints request, StreamObserver<PointsOperationResponse> observer) {
        respond(observer, () -> {
            qdrant.collection(request.getCollectionName()).upsert(request.getPointsList());
            return done(request.getWait());
        });
    }

    @Override
    public void delete(DeletePoints request, StreamObserver<PointsOperationResponse> observer) {
        respond(observer, () -> {
            FakeCollection collection = qdrant.collection(request.getCollectionName());
            var selector = request.getPoints();
            switch (selector.getPointsSelectorOneOfCase()) {
                case FILTER -> collection.delete(p -> FakeFilters.matches(selector.getFilter(), p));
                case POINTS -> {
                    var ids = new HashSet<String>();
                    selector.getPoints().getIdsList().forEach(id -> ids.add(FakePoints.key(id)));
                    collection.delete(p -> ids.contains(FakePoints.key(p.getId())));
                }
                case POINTSSELECTORONEOF_NOT_SET -> throw invalid("Validation error in body: [points: field is required]");
            }
            return done(request.getWait());
        });
    }

    @Override
    public void query(QueryPoints request, StreamObserver<QueryResponse> observer) {
        respond(observer, () -> QueryResponse.newBuilder()
                .addAllResult(FakeSearch.query(qdrant.collection(request.getCollectionName()), request)).build());
    }

    @Override
    public void count(CountPoints request, StreamObserver<CountResponse> observer) {
        respond(observer, () -> CountResponse.newBuilder().setResult(CountResult.newBuilder()
                .setCount(qdrant.collection(request.getCollectionName()).points(request.getFilter()).size())).build());
    }

    @Override
    public void createFieldIndex(CreateFieldIndexCollection request, StreamObserver<PointsOperationResponse> observer) {
        respond(observer, () -> {
            FakeCollection collection = qdrant.collection(request.getCollectionName());
            if (request.getFieldName().isBlank()) throw invalid("Validation error in body: [field_name: must not be empty]");
            if (!request.hasFieldType()) throw invalid("Wrong input: field type is required to create a payload index");
            collection.index(request.getFieldName(), request.getFieldType());
            return done(request.getWait());
        });
    }

    private static PointsOperationResponse done(boolean waited) {
        return PointsOperationResponse.newBuilder().setResult(UpdateResult.newBuilder()
                .setStatus(waited ? UpdateStatus.Completed : UpdateStatus.Acknowledged)).build();
    }
}
