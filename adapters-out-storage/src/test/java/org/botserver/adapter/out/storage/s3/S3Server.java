package org.botserver.adapter.out.storage.s3;

import io.minio.MinioClient;
import java.net.URI;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

/** A real S3-API server (S3Proxy over an in-memory blob store) on a free loopback port, with signed requests. */
final class S3Server implements AutoCloseable {

    static final String ACCESS_KEY = "test-access";
    static final String SECRET_KEY = "test-secret-key";

    private final S3Proxy proxy;

    S3Server() throws Exception {
        proxy = S3Proxy.builder().blobStore(new TransientNio2BlobStore())
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .endpoint(URI.create("http://127.0.0.1:0")).build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) Thread.onSpinWait();
    }

    String url() {
        return "http://127.0.0.1:" + proxy.getPort();
    }

    /** A client of its own, as another tool editing the bucket would have. */
    MinioClient client() {
        return MinioClient.builder().endpoint(url()).credentials(ACCESS_KEY, SECRET_KEY).build();
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
    }
}
