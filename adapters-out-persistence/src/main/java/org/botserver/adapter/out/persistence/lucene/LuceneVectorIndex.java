package org.botserver.adapter.out.persistence.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.botserver.application.knowledge.ChunkFilter;
import org.botserver.application.knowledge.ChunkHit;
import org.botserver.application.knowledge.Embedding;
import org.botserver.application.knowledge.IndexedChunk;
import org.botserver.application.knowledge.VectorIndex;
import org.botserver.application.knowledge.VectorIndexException;
import org.botserver.domain.knowledge.KnowledgeBaseId;

/** The embedded {@link VectorIndex}: a Lucene index per knowledge base in {@code <data>/kb/<bot>_<kb>}. */
public final class LuceneVectorIndex implements VectorIndex, AutoCloseable {

    /** More words than a question has; a pasted page is cut here rather than hitting Lucene's clause limit. */
    private static final int MAX_QUERY_TERMS = 64;

    private final Path root;
    private final Analyzer analyzer = new StandardAnalyzer();
    private final Map<KnowledgeBaseId, LuceneShard> shards = new ConcurrentHashMap<>();

    /** An index under {@code dataDir/kb}; each knowledge base's folder is created on its first write. */
    public LuceneVectorIndex(Path dataDir) {
        this.root = Objects.requireNonNull(dataDir, "dataDir").resolve("kb");
    }

    @Override
    public void upsert(KnowledgeBaseId kb, List<IndexedChunk> chunks) {
        if (chunks.isEmpty()) return;
        io(kb, "write", () -> { shard(kb, true).orElseThrow().upsert(chunks); return null; });
    }

    @Override
    public void deleteDocument(KnowledgeBaseId kb, String documentPath) {
        io(kb, "delete from", () -> {
            var shard = shard(kb, false);
            if (shard.isPresent()) shard.get().delete(ChunkDocuments.path(documentPath));
            return null;
        });
    }

    @Override
    public List<ChunkHit> nearest(KnowledgeBaseId kb, Embedding query, ChunkFilter filter, int limit) {
        return io(kb, "search", () -> {
            var shard = shard(kb, false);
            if (shard.isEmpty() || shard.get().count() == 0) return List.of();
            // The filter goes into the graph search, so the k nearest are found among the chunks that pass it.
            var knn = new KnnFloatVectorQuery(ChunkDocuments.VECTOR, query.values(), limit, ChunkDocuments.filter(filter));
            return shard.get().search(knn, limit);
        });
    }

    @Override
    public List<ChunkHit> matching(KnowledgeBaseId kb, String query, ChunkFilter filter, int limit) {
        return io(kb, "search", () -> {
            var shard = shard(kb, false);
            Set<String> terms = terms(query);
            if (shard.isEmpty() || terms.isEmpty()) return List.of();
            var bool = new BooleanQuery.Builder();
            terms.forEach(t -> bool.add(new TermQuery(new Term(ChunkDocuments.CONTENT, t)), BooleanClause.Occur.SHOULD));
            Query narrowed = ChunkDocuments.filter(filter);
            if (narrowed != null) bool.add(narrowed, BooleanClause.Occur.FILTER).setMinimumNumberShouldMatch(1);
            return shard.get().search(bool.build(), limit);
        });
    }

    @Override
    public long count(KnowledgeBaseId kb) {
        return io(kb, "count", () -> {
            var shard = shard(kb, false);
            return shard.isEmpty() ? 0L : shard.get().count();
        });
    }

    /** Closes every open knowledge base's index; the files stay for the next start. */
    @Override
    public void close() {
        List<IOException> failures = new ArrayList<>();
        shards.values().forEach(shard -> {
            try {
                shard.close();
            } catch (IOException e) {
                failures.add(e);
            }
        });
        shards.clear();
        if (!failures.isEmpty()) throw new UncheckedIOException("Closing the knowledge indexes failed.", failures.getFirst());
    }

    private Set<String> terms(String text) throws IOException {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream(ChunkDocuments.CONTENT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && terms.size() < MAX_QUERY_TERMS) terms.add(term.toString());
            tokens.end();
        }
        return terms;
    }

    /** The knowledge base's open index; opened (or created when {@code create}) on first use. */
    private Optional<LuceneShard> shard(KnowledgeBaseId kb, boolean create) throws IOException {
        LuceneShard open = shards.get(kb);
        if (open != null) return Optional.of(open);
        Path folder = root.resolve(kb.indexName());
        if (!create && !Files.isDirectory(folder)) return Optional.empty();
        synchronized (shards) {
            open = shards.get(kb);
            if (open == null) {
                Files.createDirectories(folder);
                open = new LuceneShard(folder, analyzer);
                shards.put(kb, open);
            }
            return Optional.of(open);
        }
    }

    private interface IoCall<T> {
        T call() throws IOException;
    }

    private static <T> T io(KnowledgeBaseId kb, String action, IoCall<T> call) {
        try {
            return call.call();
        } catch (IOException | UncheckedIOException e) {
            throw new VectorIndexException("Could not " + action + " the knowledge base " + kb + ": " + e.getMessage(), e);
        }
    }
}
