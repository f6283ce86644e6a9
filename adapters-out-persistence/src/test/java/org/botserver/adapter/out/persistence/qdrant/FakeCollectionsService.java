package org.botserver.adapter.out.persistence.qdrant;

import static org.botserver.adapter.out.persistence.qdrant.FakeQdrant.respond;

import io.grpc.stub.StreamObserver;
import io.qdrant.client.grpc.Collections.CollectionExists;
import io.qdrant.client.grpc.Collections.CollectionExistsRequest;
import io.qdrant.client.grpc.Collections.CollectionExistsResponse;
import io.qdrant.client.grpc.Collections.CollectionOperationResponse;
import io.qdrant.client.grpc.Collections.CreateCollection;
import io.qdrant.client.grpc.Collections.DeleteCollection;
import io.qdrant.client.grpc.CollectionsGrpc;

/** The fake Qdrant's Collections service: create, delete and ask after collections; the rest answers UNIMPLEMENTED. */
final class FakeCollectionsService extends CollectionsGrpc.CollectionsImplBase {

    private final FakeQdrant qdrant;

    FakeCollectionsService(FakeQdrant qdrant) {
        this.qdrant = qdrant;
    }

    @Override
    public void create(CreateCollection request, StreamObserver<CollectionOperationResponse> observer) {
        respond(observer, () -> {
            qdrant.create(new FakeCollection(request));
            return CollectionOperationResponse.newBuilder().setResult(true).build();
        });
    }

    @Override
    public void delete(DeleteCollection request, StreamObserver<CollectionOperationResponse> observer) {
        // Qdrant answers false, not an error, for a collection that is not there.
        respond(observer, () -> CollectionOperationResponse.newBuilder().setResult(qdrant.drop(request.getCollectionName())).build());
    }

    @Override
    public void collectionExists(CollectionExistsRequest request, StreamObserver<CollectionExistsResponse> observer) {
        respond(observer, () -> CollectionExistsResponse.newBuilder()
                .setResult(CollectionExists.newBuilder().setExists(qdrant.exists(request.getCollectionName()))).build());
    }
}
