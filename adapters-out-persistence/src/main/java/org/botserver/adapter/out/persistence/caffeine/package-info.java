/** The in-process cache, the default when no Redis is configured: Caffeine with an expiry per entry. */
@SecondaryAdapter
package org.botserver.adapter.out.persistence.caffeine;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
