package org.botserver.adapter.in.rest.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over 512 KiB with 413 before they are parsed. A 64 KiB message can take up to six
 * times its size once JSON-escaped, so the limit leaves room for it; the 64 KiB rule itself gives a 400.
 * Uploads marked {@link OwnBodyLimit} bound their bodies themselves, with their own larger limits.
 */
@Provider
public class BodySizeLimit implements ContainerRequestFilter {

    static final int MAX_BODY_BYTES = 512 * 1024;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource != null && resource.getResourceMethod() != null
                && resource.getResourceMethod().isAnnotationPresent(OwnBodyLimit.class)) {
            return;
        }
        if (request.getLength() > MAX_BODY_BYTES) {
            request.abortWith(tooLarge().toResponse());
            return;
        }
        // Chunked bodies announce no length, so the stream itself counts.
        request.setEntityStream(new Bounded(request.getEntityStream()));
    }

    static Problem tooLarge() {
        return new Problem("/problems/body-too-large", "Content Too Large", 413,
                "The request body may be at most " + MAX_BODY_BYTES / 1024 + " KiB.");
    }

    /** Thrown while reading a body that grows past the limit. */
    static final class TooLargeException extends IOException {
        TooLargeException() {
            super("request body over " + MAX_BODY_BYTES + " bytes");
        }
    }

    private static final class Bounded extends FilterInputStream {
        private long read;

        Bounded(InputStream in) {
            super(in);
        }

        @Override public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count(1);
            return b;
        }

        @Override public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) count(n);
            return n;
        }

        private void count(int n) throws TooLargeException {
            read += n;
            if (read > MAX_BODY_BYTES) throw new TooLargeException();
        }
    }
}
