/**
 * The embedded knowledge index, the default when no Qdrant is configured: one Lucene index per knowledge base
 * under the data folder, each chunk with its HNSW vector (cosine) and its BM25-searchable text.
 */
@SecondaryAdapter
package org.botserver.adapter.out.persistence.lucene;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
