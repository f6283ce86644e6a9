package org.botserver.adapter.out.persistence.qdrant;

import static org.botserver.adapter.out.persistence.qdrant.QdrantStatus.invalid;

import io.grpc.Server;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.StreamObserver;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.QdrantGrpcClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A Qdrant in this JVM: the client artifact's generated Collections and Points services, implemented over
 * in-memory collections and served over gRPC's in-process transport, so the adapter's requests go through the
 * real client, stubs and protobuf encoding and are checked as Qdrant checks them.
 */
final class FakeQdrant implements AutoCloseable {

    /** Characters Qdrant refuses in a collection name (it becomes a folder on the server). */
    private static final Pattern BAD_NAME = Pattern.compile(".*[/\\\\:*?\"<>|\\x00].*");

    private final Map<String, FakeCollection> collections = new ConcurrentHashMap<>();
    private final String name = "fake-qdrant-" + System.identityHashCode(this);
    private final Server server;

    FakeQdrant() {
        try {
            server = InProcessServerBuilder.forName(name).directExecutor()
                    .addService(new FakeCollectionsService(this)).addService(new FakePointsService(this)).build().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A client of this Qdrant; closing it closes its channel. */
    QdrantClient client() {
        var channel = InProcessChannelBuilder.forName(name).directExecutor().build();
        return new QdrantClient(QdrantGrpcClient.newBuilder(channel, true, false).build());
    }

    FakeCollection collection(String collection) {
        FakeCollection found = collections.get(collection);
        if (found == null) throw QdrantStatus.missing(collection);
        return found;
    }

    void create(FakeCollection collection) {
        String n = collection.name();
        if (n.isEmpty() || n.length() > 255 || BAD_NAME.matcher(n).matches()) {
            throw invalid("Validation error in body: [collection_name: invalid name `" + n + "`]");
        }
        if (collections.putIfAbsent(n, collection) != null) throw QdrantStatus.exists(n);
    }

    boolean exists(String collection) {
        return collections.containsKey(collection);
    }

    boolean drop(String collection) {
        return collections.remove(collection) != null;
    }

    /** Answers with the reply, or with the status the reply failed with, as a gRPC service does. */
    static <T> void respond(StreamObserver<T> observer, Supplier<T> reply) {
        T value;
        try {
            value = reply.get();
        } catch (StatusRuntimeException e) {
            observer.onError(e);
            return;
        }
        observer.onNext(value);
        observer.onCompleted();
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
