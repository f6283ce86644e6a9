package org.botserver.adapter.out.persistence.qdrant;

import static io.qdrant.client.ValueFactory.list;
import static io.qdrant.client.ValueFactory.value;

import io.qdrant.client.ConditionFactory;
import io.qdrant.client.PointIdFactory;
import io.qdrant.client.ValueFactory;
import io.qdrant.client.grpc.Collections.CreateCollection;
import io.qdrant.client.grpc.Collections.Distance;
import io.qdrant.client.grpc.Collections.Modifier;
import io.qdrant.client.grpc.Collections.SparseVectorConfig;
import io.qdrant.client.grpc.Collections.SparseVectorParams;
import io.qdrant.client.grpc.Collections.VectorParams;
import io.qdrant.client.grpc.Collections.VectorParamsMap;
import io.qdrant.client.grpc.Collections.VectorsConfig;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.JsonWithInt.Value;
import io.qdrant.client.grpc.Points.DenseVector;
import io.qdrant.client.grpc.Points.NamedVectors;
import io.qdrant.client.grpc.Points.PointStruct;
import io.qdrant.client.grpc.Points.ScoredPoint;
import io.qdrant.client.grpc.Points.Vector;
import io.qdrant.client.grpc.Points.Vectors;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import org.botserver.application.knowledge.ChunkFilter;
import org.botserver.application.knowledge.ChunkHit;
import org.botserver.application.knowledge.Embedding;
import org.botserver.application.knowledge.IndexedChunk;
import org.botserver.application.knowledge.KnowledgeChunk;

/** Maps chunks to Qdrant points and back, chunk filters to payload filters, and describes the collection that holds them. */
final class ChunkPoints {

    static final String DENSE = "dense";
    static final String SPARSE = "bm25";
    static final String CONTENT = "content";
    static final String PATH = "document_path";
    static final String INDEX = "chunk_index";
    static final String PAGE = "page";
    /** The folders a document sits in, outermost first ("manuals", "manuals/2024"): Qdrant has no prefix match. */
    static final String FOLDERS = "document_folders";

    private ChunkPoints() {
    }

    /** A collection for vectors of the given size: cosine for meaning, and BM25 words weighed by Qdrant's IDF. */
    static CreateCollection collection(String name, int dimensions) {
        var dense = VectorParams.newBuilder().setSize(dimensions).setDistance(Distance.Cosine).build();
        return CreateCollection.newBuilder().setCollectionName(name)
                .setVectorsConfig(VectorsConfig.newBuilder().setParamsMap(VectorParamsMap.newBuilder().putMap(DENSE, dense)))
                .setSparseVectorsConfig(SparseVectorConfig.newBuilder()
                        .putMap(SPARSE, SparseVectorParams.newBuilder().setModifier(Modifier.Idf).build()))
                .build();
    }

    static PointStruct toPoint(IndexedChunk indexed) {
        KnowledgeChunk chunk = indexed.chunk();
        var dense = Vector.newBuilder().setDense(dense(indexed.vector()));
        var sparse = Vector.newBuilder().setSparse(Bm25Words.ofChunk(chunk.content()));
        var point = PointStruct.newBuilder().setId(PointIdFactory.id(id(chunk)))
                .setVectors(Vectors.newBuilder().setVectors(NamedVectors.newBuilder()
                        .putVectors(DENSE, dense.build()).putVectors(SPARSE, sparse.build())))
                .putPayload(CONTENT, value(chunk.content()))
                .putPayload(PATH, value(chunk.documentPath()))
                .putPayload(INDEX, value(chunk.chunkIndex()));
        chunk.page().ifPresent(page -> point.putPayload(PAGE, value(page)));
        List<String> folders = folders(chunk.documentPath());
        if (!folders.isEmpty()) point.putPayload(FOLDERS, list(folders.stream().map(ValueFactory::value).toList()));
        return point.build();
    }

    static ChunkHit toHit(ScoredPoint point) {
        Map<String, Value> payload = point.getPayloadMap();
        Value page = payload.get(PAGE);
        var chunk = new KnowledgeChunk(payload.get(PATH).getStringValue(), (int) payload.get(INDEX).getIntegerValue(),
                page == null ? OptionalInt.empty() : OptionalInt.of((int) page.getIntegerValue()),
                payload.get(CONTENT).getStringValue());
        return new ChunkHit(chunk, point.getScore());
    }

    /** The points of one document, by its path. */
    static Filter ofDocument(String documentPath) {
        return Filter.newBuilder().addMust(ConditionFactory.matchKeyword(PATH, documentPath)).build();
    }

    /** The chunk filter as a Qdrant payload filter, applied by Qdrant before it ranks; empty for no filter. */
    static Filter of(ChunkFilter filter) {
        var qdrant = Filter.newBuilder();
        switch (filter.documents()) {
            case ChunkFilter.AnyDocument any -> { }
            case ChunkFilter.Document document -> qdrant.addMust(ConditionFactory.matchKeyword(PATH, document.path()));
            case ChunkFilter.Folder folder -> qdrant.addMust(ConditionFactory.matchKeyword(FOLDERS, folder.path()));
        }
        filter.page().ifPresent(page -> qdrant.addMust(ConditionFactory.match(PAGE, page)));
        return qdrant.build();
    }

    /** Every folder above the document, outermost first; none for a document at the top of the collection. */
    static List<String> folders(String documentPath) {
        List<String> folders = new ArrayList<>();
        for (int slash = documentPath.indexOf('/'); slash > 0; slash = documentPath.indexOf('/', slash + 1)) {
            folders.add(documentPath.substring(0, slash));
        }
        return folders;
    }

    /**
     * Qdrant ids are numbers or UUIDs; a name-based UUID of path and index gives a chunk the same id on every
     * upsert, so writing it again replaces it. NUL cannot occur in a package path, so no two chunks share one.
     */
    static UUID id(KnowledgeChunk chunk) {
        return UUID.nameUUIDFromBytes((chunk.documentPath() + "\u0000" + chunk.chunkIndex()).getBytes(StandardCharsets.UTF_8));
    }

    static DenseVector dense(Embedding embedding) {
        float[] values = embedding.values();
        List<Float> boxed = new ArrayList<>(values.length);
        for (float v : values) boxed.add(v);
        return DenseVector.newBuilder().addAllData(boxed).build();
    }
}
