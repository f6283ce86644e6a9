package org.botserver.adapter.out.storage.http;

import java.net.UnknownHostException;

/** A host resolved to, or a connection was about to go to, an address that is not public; the message says which. */
final class AddressRefusedException extends UnknownHostException {

    AddressRefusedException(String message) {
        super(message);
    }
}
