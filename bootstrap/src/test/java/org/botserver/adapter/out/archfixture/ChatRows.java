package org.botserver.adapter.out.archfixture;

/** The outbound side of the broken fixture. */
public class ChatRows {

    public int count() {
        return 0;
    }
}
