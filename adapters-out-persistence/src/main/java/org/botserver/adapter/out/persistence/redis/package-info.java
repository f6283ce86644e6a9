/** The shared cache for several servers: Redis through Lettuce, answers as strings and embeddings as binary lists. */
@SecondaryAdapter
package org.botserver.adapter.out.persistence.redis;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
