package org.botserver.application.mail;

/** The in-memory outbox the application's tests use keeps the same promises as the database's. */
class InMemoryMailOutboxTest extends MailOutboxContract {

    private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();

    @Override
    protected MailOutbox outbox() {
        return outbox;
    }
}
