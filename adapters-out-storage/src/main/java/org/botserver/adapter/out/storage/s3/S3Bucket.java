package org.botserver.adapter.out.storage.s3;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.GetObjectResponse;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectsArgs;
import io.minio.Result;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import io.minio.messages.DeleteRequest;
import io.minio.messages.DeleteResult;
import io.minio.messages.Item;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.botserver.application.bot.ObjectStoreException;

/**
 * One bucket through the MinIO client: listing, reading, writing and removing objects by key, every failure turned
 * into an {@link ObjectStoreException} naming what was attempted. The bucket is created on first use.
 */
final class S3Bucket implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(S3Bucket.class.getName());

    private final MinioClient client;
    private final String name;
    private volatile boolean ready;

    S3Bucket(MinioClient client, String name) {
        this.client = client;
        this.name = name;
    }

    /** The objects under a prefix, all levels deep. */
    List<Item> listAll(String prefix) {
        return items(ListObjectsArgs.builder().bucket(name).prefix(prefix).recursive(true).build(), "list " + prefix);
    }

    /** The first level only: objects and "folders" (common prefixes ending in '/'). */
    List<Item> listTop() {
        return items(ListObjectsArgs.builder().bucket(name).delimiter("/").build(), "list the bucket");
    }

    byte[] get(String key) {
        ensureExists();
        try (GetObjectResponse object = client.getObject(GetObjectArgs.builder().bucket(name).object(key).build())) {
            return object.readAllBytes();
        } catch (MinioException | IOException e) {
            throw failure("read " + key, e);
        }
    }

    /** The object's content, or empty when there is no such object. */
    Optional<byte[]> find(String key) {
        ensureExists();
        try (GetObjectResponse object = client.getObject(GetObjectArgs.builder().bucket(name).object(key).build())) {
            return Optional.of(object.readAllBytes());
        } catch (ErrorResponseException e) {
            if ("NoSuchKey".equals(e.errorResponse().code())) return Optional.empty();
            throw failure("read " + key, e);
        } catch (MinioException | IOException e) {
            throw failure("read " + key, e);
        }
    }

    void put(String key, byte[] content) {
        ensureExists();
        try {
            client.putObject(PutObjectArgs.builder().bucket(name).object(key)
                    .stream(new ByteArrayInputStream(content), (long) content.length, -1L).build());
        } catch (MinioException e) {
            throw failure("write " + key, e);
        }
    }

    void remove(List<String> keys) {
        if (keys.isEmpty()) return;
        List<DeleteRequest.Object> objects = keys.stream().map(DeleteRequest.Object::new).toList();
        // removeObjects is lazy: the deletes are sent while its results are read.
        for (Result<DeleteResult.Error> result : client.removeObjects(RemoveObjectsArgs.builder().bucket(name).objects(objects).build())) {
            try {
                throw new ObjectStoreException("S3: cannot delete from bucket " + name + ": " + result.get(), null);
            } catch (MinioException e) {
                throw failure("delete objects", e);
            }
        }
    }

    private List<Item> items(ListObjectsArgs args, String what) {
        ensureExists();
        List<Item> items = new ArrayList<>();
        try {
            for (Result<Item> result : client.listObjects(args)) items.add(result.get());
        } catch (MinioException | RuntimeException e) {
            throw failure(what, e);
        }
        return items;
    }

    private void ensureExists() {
        if (ready) return;
        try {
            if (!client.bucketExists(BucketExistsArgs.builder().bucket(name).build())) {
                client.makeBucket(MakeBucketArgs.builder().bucket(name).build());
                LOG.log(Level.INFO, "Created the bucket {0} for bot packages.", name);
            }
            ready = true;
        } catch (MinioException | RuntimeException e) {
            throw failure("reach the bucket", e);
        }
    }

    private ObjectStoreException failure(String what, Exception cause) {
        return new ObjectStoreException("S3: cannot " + what + " in bucket " + name + ": " + cause.getMessage(), cause);
    }

    @Override
    public void close() throws Exception {
        client.close();
    }
}
