package org.botserver.adapter.in.archfixture;

import org.botserver.adapter.out.archfixture.ChatRows;

/** A deliberately broken inbound adapter: it reads rows straight from an outbound adapter instead of through a port. */
public class ChatResource {

    public int count() {
        return new ChatRows().count();
    }
}
