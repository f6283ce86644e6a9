/**
 * State shared by several servers in Redis through Lettuce: the cache (answers as strings, embeddings as binary
 * lists) and the rate-limit token buckets.
 */
@SecondaryAdapter
package org.botserver.adapter.out.persistence.redis;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
