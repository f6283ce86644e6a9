package org.botserver.adapter.in.rest.knowledge;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.botserver.adapter.in.rest.problem.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bounds a whole document form at {@code kb.upload.max-form-bytes} (50 MiB): the server parses every part
 * before the resource can check each file against its own limit, so an endless form is cut off while it is read.
 */
@Provider
@UploadFormLimit
public class UploadFormLimitFilter implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "kb.upload.max-form-bytes", defaultValue = "52428800")
    long maxFormBytes;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxFormBytes) {
            request.abortWith(tooLarge().toResponse());
            return;
        }
        // A chunked form announces no length, so the stream itself counts.
        request.setEntityStream(new Bounded(request.getEntityStream(), maxFormBytes));
    }

    Problem tooLarge() {
        return new Problem("/problems/form-too-large", "Content Too Large", 413,
                "A document form may be at most " + maxFormBytes + " bytes; send fewer documents at once.");
    }

    private final class Bounded extends FilterInputStream {
        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count(1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) count(n);
            return n;
        }

        private void count(int n) {
            read += n;
            // Unchecked, with its response: the multipart reader passes it on instead of calling the form malformed.
            if (read > limit) throw new WebApplicationException(tooLarge().toResponse());
        }
    }
}
