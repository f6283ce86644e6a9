package org.botserver.adapter.out.persistence.postgres;

import jakarta.persistence.PersistenceUnitTransactionType;
import org.hibernate.SessionFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.jpa.HibernatePersistenceProvider;

/** Builds Hibernate ORM in code, on a HikariCP pool, checking the mapping against the schema Flyway made. */
final class HibernateBootstrap {

    /** Rows sent in one JDBC batch: a turn rarely has more messages than this. */
    private static final int BATCH_SIZE = 64;

    private HibernateBootstrap() {}

    static SessionFactory start(JdbcTarget target, int poolSize) {
        HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration("botserver")
                .managedClasses(ConversationRow.class, MessageRow.class)
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .jdbcUrl(target.url())
                .jdbcCredentials(target.user(), target.password())
                .property("hibernate.connection.provider_class", "hikaricp")
                .property("hibernate.hikari.poolName", "botserver")
                .property("hibernate.hikari.maximumPoolSize", Integer.toString(poolSize))
                .property("hibernate.hikari.minimumIdle", Integer.toString(Math.min(2, poolSize)))
                .property("hibernate.hikari.connectionTimeout", "10000")
                // The pool hands out connections in manual-commit mode, so Hibernate need not switch each one.
                .property("hibernate.hikari.autoCommit", "false")
                .property("hibernate.connection.provider_disables_autocommit", "true")
                // The driver turns a batch of inserts into one multi-row INSERT.
                .property("hibernate.hikari.dataSource.reWriteBatchedInserts", "true")
                .property("hibernate.hikari.dataSource.ApplicationName", "botserver")
                .property("hibernate.jdbc.batch_size", Integer.toString(BATCH_SIZE))
                .property("hibernate.hbm2ddl.auto", "validate");
        try {
            // Straight to Hibernate's provider: no provider lookup that an application server's class loaders could confuse.
            return new HibernatePersistenceProvider().createEntityManagerFactory(configuration).unwrap(SessionFactory.class);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Hibernate ORM could not start on " + target.url() + ": " + e.getMessage(), e);
        }
    }
}
