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
import io.minio.errors.MinioException;
import io.minio.messages.DeleteRequest;
import io.minio.messages.DeleteResult;
import io.minio.messages.Item;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.botserver.application.bot.ObjectStore;
import org.botserver.application.bot.ObjectStoreException;
import org.botserver.application.bot.StoredObject;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.PackagePath;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * Bot packages in one S3 bucket (MinIO, Ceph, AWS S3) through the MinIO client, one prefix per bot mirroring the
 * folder layout: {@code <bucket>/<bot>.gbai/<bot>.gbdialog/start.bas}. A file's fingerprint is its ETag. The bucket
 * is created on first use when it does not exist.
 */
@SecondaryAdapter
public final class S3ObjectStore implements ObjectStore, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(S3ObjectStore.class.getName());
    private static final String SUFFIX = ".gbai";

    private final MinioClient client;
    private final String bucket;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();
    private volatile boolean bucketReady;

    public S3ObjectStore(MinioClient client, String bucket) {
        this.client = Objects.requireNonNull(client, "client");
        this.bucket = Objects.requireNonNull(bucket, "bucket");
    }

    /** A store on the S3 endpoint at {@code url} ("http://127.0.0.1:9000") with these credentials. */
    public static S3ObjectStore connect(String url, String accessKey, String secretKey, String bucket) {
        return new S3ObjectStore(MinioClient.builder().endpoint(url).credentials(accessKey, secretKey).build(), bucket);
    }

    @Override
    public List<BotId> packages() {
        List<BotId> bots = new ArrayList<>();
        for (Item item : items(ListObjectsArgs.builder().bucket(bucket).delimiter("/").build(), "list the bucket")) {
            String name = item.objectName();
            if (!item.isDir() || !name.endsWith(SUFFIX + "/")) continue;
            String id = name.substring(0, name.length() - SUFFIX.length() - 1);
            if (BotId.isValid(id)) bots.add(new BotId(id));
            else warnOnce(name, "Skipping " + name + " in bucket " + bucket + ": a bot name is lower-case letters, digits, '-' and '_'.");
        }
        bots.sort(java.util.Comparator.comparing(BotId::value));
        return bots;
    }

    @Override
    public List<StoredObject> list(BotId bot) {
        String prefix = prefix(bot);
        List<StoredObject> objects = new ArrayList<>();
        for (Item item : items(ListObjectsArgs.builder().bucket(bucket).prefix(prefix).recursive(true).build(), "list " + prefix)) {
            String relative = item.objectName().substring(prefix.length());
            if (item.isDir() || relative.isEmpty() || relative.endsWith("/")) continue;
            if (!PackagePath.isValid(relative)) {
                warnOnce(item.objectName(), "Skipping " + item.objectName() + ": " + PackagePath.problemWith(relative));
                continue;
            }
            objects.add(new StoredObject(new PackagePath(relative), item.size(), item.etag().replace("\"", "")));
        }
        objects.sort(java.util.Comparator.comparing(StoredObject::path));
        return objects;
    }

    @Override
    public byte[] read(BotId bot, PackagePath path) {
        String key = prefix(bot) + path.value();
        ensureBucket();
        try (GetObjectResponse object = client.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build())) {
            return object.readAllBytes();
        } catch (MinioException | IOException e) {
            throw failure("read " + key, e);
        }
    }

    @Override
    public void replace(BotId bot, Map<PackagePath, byte[]> files) {
        List<StoredObject> before = list(bot);
        for (Map.Entry<PackagePath, byte[]> file : files.entrySet()) {
            String key = prefix(bot) + file.getKey().value();
            try {
                client.putObject(PutObjectArgs.builder().bucket(bucket).object(key)
                        .stream(new ByteArrayInputStream(file.getValue()), (long) file.getValue().length, -1L).build());
            } catch (MinioException e) {
                throw failure("write " + key, e);
            }
        }
        remove(bot, before.stream().map(StoredObject::path).filter(path -> !files.containsKey(path)).toList());
    }

    @Override
    public boolean delete(BotId bot) {
        List<StoredObject> objects = list(bot);
        remove(bot, objects.stream().map(StoredObject::path).toList());
        return !objects.isEmpty();
    }

    @Override
    public void close() throws Exception {
        client.close();
    }

    private void remove(BotId bot, List<PackagePath> paths) {
        if (paths.isEmpty()) return;
        List<DeleteRequest.Object> keys = paths.stream().map(p -> new DeleteRequest.Object(prefix(bot) + p.value())).toList();
        // removeObjects is lazy: the deletes are sent while its results are read.
        for (Result<DeleteResult.Error> result : client.removeObjects(RemoveObjectsArgs.builder().bucket(bucket).objects(keys).build())) {
            try {
                DeleteResult.Error error = result.get();
                throw new ObjectStoreException("Cannot delete from bucket " + bucket + ": " + error, null);
            } catch (MinioException e) {
                throw failure("delete from " + prefix(bot), e);
            }
        }
    }

    private List<Item> items(ListObjectsArgs args, String what) {
        ensureBucket();
        List<Item> items = new ArrayList<>();
        try {
            for (Result<Item> result : client.listObjects(args)) items.add(result.get());
        } catch (MinioException | RuntimeException e) {
            throw failure(what, e);
        }
        return items;
    }

    private void ensureBucket() {
        if (bucketReady) return;
        try {
            if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
                LOG.log(Level.INFO, "Created the bucket {0} for bot packages.", bucket);
            }
            bucketReady = true;
        } catch (MinioException | RuntimeException e) {
            throw failure("reach the bucket", e);
        }
    }

    private ObjectStoreException failure(String what, Exception cause) {
        return new ObjectStoreException("S3: cannot " + what + " in bucket " + bucket + ": " + cause.getMessage(), cause);
    }

    private static String prefix(BotId bot) {
        return bot.value() + SUFFIX + "/";
    }

    private void warnOnce(String key, String message) {
        if (warned.add(key)) LOG.log(Level.WARNING, message);
    }
}
