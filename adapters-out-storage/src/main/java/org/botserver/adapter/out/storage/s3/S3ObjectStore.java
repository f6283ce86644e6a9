package org.botserver.adapter.out.storage.s3;

import io.minio.MinioClient;
import io.minio.messages.Item;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.botserver.application.bot.ObjectStore;
import org.botserver.application.bot.StoredObject;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.PackagePath;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * Bot packages in one S3 bucket (MinIO, Ceph, AWS S3) through the MinIO client, one prefix per bot mirroring the
 * folder layout: {@code <bucket>/<bot>.gbai/<bot>.gbdialog/start.bas}. A file's fingerprint is its ETag. Objects
 * whose names could not be a package path are skipped with a warning. A deploy switches readers to the new package
 * at one PUT ({@link S3Deploy}), so a poll never loads half of one.
 */
@SecondaryAdapter
public final class S3ObjectStore implements ObjectStore, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(S3ObjectStore.class.getName());
    private static final String SUFFIX = ".gbai";

    private final S3Bucket bucket;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    public S3ObjectStore(MinioClient client, String bucket) {
        this.bucket = new S3Bucket(Objects.requireNonNull(client, "client"), Objects.requireNonNull(bucket, "bucket"));
    }

    /** A store on the S3 endpoint at {@code url} ("http://127.0.0.1:9000") with these credentials. */
    public static S3ObjectStore connect(String url, String accessKey, String secretKey, String bucket) {
        return new S3ObjectStore(MinioClient.builder().endpoint(url).credentials(accessKey, secretKey).build(), bucket);
    }

    @Override
    public List<BotId> packages() {
        List<BotId> bots = new ArrayList<>();
        for (Item item : bucket.listTop()) {
            String name = item.objectName();
            if (!item.isDir() || !name.endsWith(SUFFIX + "/")) continue;
            String id = name.substring(0, name.length() - SUFFIX.length() - 1);
            if (BotId.isValid(id)) bots.add(new BotId(id));
            else warnOnce(name, "Skipping " + name + ": a bot name is lower-case letters, digits, '-' and '_'.");
        }
        bots.sort(Comparator.comparing(BotId::value));
        return bots;
    }

    @Override
    public List<StoredObject> list(BotId bot) {
        List<Item> live = bucket.listAll(prefix(bot));
        String prefix = live.stream().anyMatch(item -> item.objectName().equals(prefix(bot) + S3Deploy.POINTER))
                ? S3Deploy.root(bucket, bot) : prefix(bot);
        List<Item> items = prefix.equals(prefix(bot)) ? live : bucket.listAll(prefix);
        if (items.isEmpty() && !prefix.equals(prefix(bot))) {
            // The deploy finished since the pointer was read and removed its staged files: the package is in place.
            prefix = prefix(bot);
            items = bucket.listAll(prefix);
        }
        List<StoredObject> objects = new ArrayList<>();
        for (Item item : items) {
            String relative = item.objectName().substring(prefix.length());
            if (item.isDir() || relative.isEmpty() || relative.endsWith("/") || relative.equals(S3Deploy.POINTER)) continue;
            if (PackagePath.isValid(relative)) {
                objects.add(new StoredObject(new PackagePath(relative), item.size(), item.etag().replace("\"", "")));
            } else {
                warnOnce(item.objectName(), "Skipping " + item.objectName() + ": " + PackagePath.problemWith(relative));
            }
        }
        objects.sort(Comparator.comparing(StoredObject::path));
        return objects;
    }

    @Override
    public byte[] read(BotId bot, PackagePath path) {
        return bucket.get(S3Deploy.root(bucket, bot) + path.value());
    }

    @Override
    public void replace(BotId bot, Map<PackagePath, byte[]> files) {
        S3Deploy.replace(bucket, bot, files);
    }

    /** One PUT: S3 replaces an object whole, so a reader gets the old content or the new. */
    @Override
    public void write(BotId bot, PackagePath path, byte[] content) {
        bucket.put(S3Deploy.root(bucket, bot) + path.value(), content);
    }

    @Override
    public boolean remove(BotId bot, PackagePath path) {
        boolean there = list(bot).stream().anyMatch(object -> object.path().equals(path));
        if (there) bucket.remove(List.of(S3Deploy.root(bucket, bot) + path.value()));
        return there;
    }

    @Override
    public boolean delete(BotId bot) {
        return S3Deploy.delete(bucket, bot);
    }

    @Override
    public void close() throws Exception {
        bucket.close();
    }

    private static String prefix(BotId bot) {
        return S3Deploy.prefix(bot);
    }

    private void warnOnce(String key, String message) {
        if (warned.add(key)) LOG.log(Level.WARNING, message);
    }
}
