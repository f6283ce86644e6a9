package org.botserver.adapter.in.rest.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Checks JSON request bodies while they are read: nesting deeper than {@value JsonChecker#MAX_DEPTH} and bytes that
 * are not UTF-8 stop the read, and the request is answered with a 400 problem before anything is done with it.
 */
@Provider
public class JsonBodyGuard implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null || !(type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) return;
        request.setEntityStream(new Checked(request.getEntityStream()));
    }

    /** Thrown while reading a JSON body that breaks one of the rules; the message says which, in plain words. */
    static final class RejectedJsonException extends IOException {
        RejectedJsonException(String reason) {
            super(reason);
        }
    }

    private static final class Checked extends FilterInputStream {
        private final JsonChecker checker = new JsonChecker();

        Checked(InputStream in) {
            super(in);
        }

        @Override public int read() throws IOException {
            int b = super.read();
            if (b >= 0) check(b);
            else end();
            return b;
        }

        @Override public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = 0; i < n; i++) check(buffer[offset + i] & 0xFF);
            if (n < 0) end();
            return n;
        }

        private void check(int b) throws RejectedJsonException {
            String problem = checker.accept(b);
            if (problem != null) throw new RejectedJsonException(problem);
        }

        private void end() throws RejectedJsonException {
            if (checker.inMiddleOfCharacter()) throw new RejectedJsonException(JsonChecker.NOT_UTF8);
        }
    }
}
