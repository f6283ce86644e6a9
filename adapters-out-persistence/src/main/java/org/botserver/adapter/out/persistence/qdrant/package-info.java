/**
 * The production knowledge index for several servers: one Qdrant collection per knowledge base, reached over
 * gRPC, each chunk a point with a dense vector (cosine), a BM25 sparse vector and its payload.
 */
@SecondaryAdapter
package org.botserver.adapter.out.persistence.qdrant;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
