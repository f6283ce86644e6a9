package org.botserver.adapter.in.ws;

import jakarta.websocket.Session;
import org.botserver.application.conversation.ReplyStream;

/** Sends the language model's text to the client as chunk frames while it is written; a closed socket cancels it. */
final class ChunkStream implements ReplyStream {

    private final Session session;

    ChunkStream(Session session) {
        this.session = session;
    }

    @Override
    public void chunk(String delta) {
        Frames.send(session, new ServerFrame.Chunk(delta));
    }

    @Override
    public boolean cancelled() {
        return !session.isOpen();
    }
}
