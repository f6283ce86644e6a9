/**
 * Conversations in PostgreSQL: the schema by Flyway, rows by Hibernate ORM, and an embedded server by default.
 */
@SecondaryAdapter
package org.botserver.adapter.out.persistence.postgres;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
