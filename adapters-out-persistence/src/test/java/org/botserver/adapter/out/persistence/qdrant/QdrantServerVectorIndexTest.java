package org.botserver.adapter.out.persistence.qdrant;

import io.qdrant.client.QdrantClient;
import io.qdrant.client.QdrantGrpcClient;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.botserver.application.knowledge.VectorIndex;
import org.botserver.application.knowledge.VectorIndexContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The Qdrant adapter keeps the vector index contract against a real Qdrant, when one is named:
 * {@code ./mvnw -pl adapters-out-persistence -am test -Dtest='QdrantServer*' -Dsurefire.failIfNoSpecifiedTests=false
 * -Dqdrant.url=http://localhost:6334} (plus {@code -Dqdrant.api-key=…}). Each test first drops the collections
 * the contract writes to, so point it at a Qdrant whose {@code support_*} and {@code nobody_*} collections are
 * disposable.
 */
@EnabledIfSystemProperty(named = "qdrant.url", matches = ".+",
        disabledReason = "no real Qdrant named: run with -Dqdrant.url=http://host:6334 to check the adapter against one")
class QdrantServerVectorIndexTest extends VectorIndexContract {

    private static final List<String> CONTRACT_COLLECTIONS = List.of("support_manuals", "support_policies", "nobody_nothing");

    private QdrantVectorIndex qdrantIndex;

    @Override
    protected VectorIndex newIndex() {
        String url = System.getProperty("qdrant.url");
        Optional<String> apiKey = Optional.ofNullable(System.getProperty("qdrant.api-key"));
        dropContractCollections(url, apiKey);
        qdrantIndex = QdrantVectorIndex.connect(url, apiKey);
        return qdrantIndex;
    }

    @AfterEach
    void close() {
        qdrantIndex.close();
    }

    private static void dropContractCollections(String url, Optional<String> apiKey) {
        QdrantAddress address = QdrantAddress.parse(url);
        var builder = QdrantGrpcClient.newBuilder(address.host(), address.port(), address.tls(), false);
        apiKey.ifPresent(builder::withApiKey);
        try (var client = new QdrantClient(builder.build())) {
            for (String collection : CONTRACT_COLLECTIONS) client.deleteCollectionAsync(collection).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not reset the test collections on " + url + ": " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
