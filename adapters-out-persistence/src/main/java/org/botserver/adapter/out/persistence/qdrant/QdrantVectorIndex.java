package org.botserver.adapter.out.persistence.qdrant;

import io.grpc.Status;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.QdrantGrpcClient;
import io.qdrant.client.WithPayloadSelectorFactory;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.Points.DeletePoints;
import io.qdrant.client.grpc.Points.PointsSelector;
import io.qdrant.client.grpc.Points.Query;
import io.qdrant.client.grpc.Points.QueryPoints;
import io.qdrant.client.grpc.Points.UpsertPoints;
import io.qdrant.client.grpc.Points.VectorInput;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.botserver.application.knowledge.ChunkFilter;
import org.botserver.application.knowledge.ChunkHit;
import org.botserver.application.knowledge.Embedding;
import org.botserver.application.knowledge.IndexedChunk;
import org.botserver.application.knowledge.VectorIndex;
import org.botserver.domain.knowledge.KnowledgeBaseId;

/**
 * The {@link VectorIndex} in Qdrant, for several servers sharing one index: a collection per knowledge base named
 * {@code <bot>_<kb>}, created on its first upsert with the embeddings' size. Each chunk is a point with a cosine
 * "dense" vector, a "bm25" sparse vector and the payload {@code content}, {@code document_path},
 * {@code chunk_index}, {@code page}, and {@code document_folders} (the folders above the document, as Qdrant has no
 * prefix match) for chunk filters, which go into each search as a payload filter. Qdrant's search has no BM25 of its own, so the word search is BM25 over
 * sparse vectors: the adapter writes each chunk's term weights ({@link Bm25Words}) and the collection's IDF
 * modifier makes Qdrant weigh the words by rarity; both rankings then meet in the application's rank fusion, as
 * the embedded index's do. A collection that does not exist reads as an empty knowledge base.
 */
public final class QdrantVectorIndex implements VectorIndex, AutoCloseable {

    /** Longer than any healthy batch upsert; a hung Qdrant fails the call instead of the ingestion thread. */
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    private final QdrantClient client;
    private final QdrantCollections collections;

    /** An index on the client's Qdrant; closing the index closes the client. */
    public QdrantVectorIndex(QdrantClient client) {
        this.client = Objects.requireNonNull(client, "client");
        this.collections = new QdrantCollections(client);
    }

    /** An index on the Qdrant at {@code url} ({@code http://host:6334}, or https for TLS), with its API key if any. */
    public static QdrantVectorIndex connect(String url, Optional<String> apiKey) {
        QdrantAddress address = QdrantAddress.parse(url);
        // No version check at connect: it would block the server's start on a Qdrant that may come up later.
        var builder = QdrantGrpcClient.newBuilder(address.host(), address.port(), address.tls(), false).withTimeout(DEADLINE);
        apiKey.filter(key -> !key.isBlank()).ifPresent(builder::withApiKey);
        return new QdrantVectorIndex(new QdrantClient(builder.build()));
    }

    @Override
    public void upsert(KnowledgeBaseId kb, List<IndexedChunk> chunks) {
        if (chunks.isEmpty()) return;
        var request = UpsertPoints.newBuilder().setCollectionName(kb.indexName()).setWait(true)
                .addAllPoints(chunks.stream().map(ChunkPoints::toPoint).toList()).build();
        if (QdrantReplies.unless(Status.Code.NOT_FOUND, kb, "write", client.upsertAsync(request)).isEmpty()) {
            collections.create(kb, chunks.getFirst().vector().dimensions());
            QdrantReplies.of(kb, "write", client.upsertAsync(request));
        }
    }

    @Override
    public void deleteDocument(KnowledgeBaseId kb, String documentPath) {
        var request = DeletePoints.newBuilder().setCollectionName(kb.indexName()).setWait(true)
                .setPoints(PointsSelector.newBuilder().setFilter(ChunkPoints.ofDocument(documentPath))).build();
        QdrantReplies.unless(Status.Code.NOT_FOUND, kb, "delete from", client.deleteAsync(request));
    }

    @Override
    public List<ChunkHit> nearest(KnowledgeBaseId kb, Embedding query, ChunkFilter filter, int limit) {
        var input = VectorInput.newBuilder().setDense(ChunkPoints.dense(query)).build();
        return search(kb, ChunkPoints.DENSE, input, filter, limit);
    }

    @Override
    public List<ChunkHit> matching(KnowledgeBaseId kb, String query, ChunkFilter filter, int limit) {
        var words = Bm25Words.ofQuery(query);
        if (words.getIndicesCount() == 0) return List.of();
        return search(kb, ChunkPoints.SPARSE, VectorInput.newBuilder().setSparse(words).build(), filter, limit);
    }

    @Override
    public long count(KnowledgeBaseId kb) {
        return QdrantReplies.unless(Status.Code.NOT_FOUND, kb, "count",
                client.countAsync(kb.indexName(), Filter.getDefaultInstance(), true)).orElse(0L);
    }

    /** Closes the gRPC channel. */
    @Override
    public void close() {
        client.close();
    }

    private List<ChunkHit> search(KnowledgeBaseId kb, String using, VectorInput input, ChunkFilter filter, int limit) {
        var request = QueryPoints.newBuilder().setCollectionName(kb.indexName()).setUsing(using)
                .setQuery(Query.newBuilder().setNearest(input)).setLimit(limit)
                .setWithPayload(WithPayloadSelectorFactory.enable(true));
        if (!filter.isNone()) request.setFilter(ChunkPoints.of(filter));
        return QdrantReplies.unless(Status.Code.NOT_FOUND, kb, "search", client.queryAsync(request.build()))
                .orElse(List.of()).stream().map(ChunkPoints::toHit).toList();
    }
}
