package org.botserver.adapter.out.storage.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.ObjectWriteResponse;
import io.minio.PutObjectArgs;
import io.minio.errors.MinioException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.botserver.application.bot.LoadedBots;
import org.botserver.application.bot.ObjectStoreException;
import org.botserver.application.bot.RefreshBotsService;
import org.botserver.application.bot.StoredObject;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.DialogRetention;
import org.botserver.domain.bot.PackageLimits;
import org.botserver.domain.bot.PackagePath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A deploy to S3 that fails part-way never leaves a mixed package: before its switch the old package stays whole and
 * loadable, after it the new one is read whole, and the next deploy leaves only the plain layout behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3AtomicDeployTest {

    private static final BotId SHOP = new BotId("shop");

    private final S3Server server = new S3Server();
    private final MinioClient editor = server.client();
    private final MinioClient client = server.client();
    private String bucket;

    S3AtomicDeployTest() throws Exception {
    }

    /** A client whose uploads fail, like a dropped connection, once it has made this many. */
    private final class FailingAfter extends MinioClient {
        private final AtomicInteger left;

        FailingAfter(int puts) {
            super(client);
            left = new AtomicInteger(puts);
        }

        @Override
        public ObjectWriteResponse putObject(PutObjectArgs args) throws MinioException {
            if (left.getAndDecrement() <= 0) throw new MinioException("Connection reset");
            return super.putObject(args);
        }
    }

    /** A bucket of its own for each test. */
    @BeforeEach
    void freshBucket() throws Exception {
        bucket = "bots-" + UUID.randomUUID().toString().substring(0, 8);
        editor.makeBucket(io.minio.MakeBucketArgs.builder().bucket(bucket).build());
    }

    @AfterAll
    void stopServer() throws Exception {
        editor.close();
        client.close();
        server.close();
    }

    private static Map<PackagePath, byte[]> files(String... pathsAndTexts) {
        Map<PackagePath, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(new PackagePath(pathsAndTexts[i]), pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private static final Map<PackagePath, byte[]> V1 = files("shop.gbdialog/start.bas", "TALK \"v1\"",
            "shop.gbdialog/faq.bas", "TALK \"faq v1\"", "shop.gbot/config.csv", "welcome-message,One");
    private static final Map<PackagePath, byte[]> V2 = files("shop.gbdialog/start.bas", "TALK \"v2\"",
            "shop.gbdialog/news.bas", "TALK \"news\"", "shop.gbot/config.csv", "welcome-message,Two");

    private S3ObjectStore store(MinioClient client) {
        return new S3ObjectStore(client, bucket);
    }

    private static Map<String, String> contents(S3ObjectStore store) {
        Map<String, String> contents = new LinkedHashMap<>();
        for (StoredObject o : store.list(SHOP)) {
            contents.put(o.path().value(), new String(store.read(SHOP, o.path()), StandardCharsets.UTF_8));
        }
        return contents;
    }

    private static Map<String, String> texts(Map<PackagePath, byte[]> files) {
        Map<String, String> texts = new java.util.TreeMap<>();
        files.forEach((path, bytes) -> texts.put(path.value(), new String(bytes, StandardCharsets.UTF_8)));
        return texts;
    }

    private List<String> keys() throws Exception {
        List<String> keys = new ArrayList<>();
        for (var item : editor.listObjects(ListObjectsArgs.builder().bucket(bucket).recursive(true).build())) {
            keys.add(item.get().objectName());
        }
        return keys;
    }

    private void deployFresh(Map<PackagePath, byte[]> files) {
        store(client).replace(SHOP, files);
    }

    @Test
    void a_deploy_failing_while_it_uploads_leaves_the_live_bot_untouched_and_loadable() throws Exception {
        deployFresh(V1);
        List<String> before = keys();

        assertThrows(ObjectStoreException.class, () -> store(new FailingAfter(2)).replace(SHOP, V2));

        S3ObjectStore reader = store(client);
        assertEquals(texts(V1), contents(reader));
        assertEquals(before, keys(), "no staged file is left behind");
        LoadedBots bots = new LoadedBots();
        new RefreshBotsService(reader, bots, PackageLimits.defaults(), DialogRetention.defaults(), Clock.systemUTC()).refresh();
        assertEquals(List.of("faq", "start"), List.copyOf(bots.find(SHOP).orElseThrow().dialogNames()));
        assertTrue(bots.find(SHOP).orElseThrow().source().dialogs().stream()
                .anyMatch(d -> d.name().endsWith("start.bas") && d.text().equals("TALK \"v1\"")));
    }

    @Test
    void a_first_deploy_failing_while_it_uploads_leaves_no_bot() throws Exception {
        assertThrows(ObjectStoreException.class, () -> store(new FailingAfter(1)).replace(SHOP, V1));

        assertEquals(List.of(), store(client).packages());
        assertEquals(List.of(), keys());
    }

    @Test
    void a_deploy_interrupted_after_its_switch_is_read_whole_and_the_next_deploy_cleans_up() throws Exception {
        deployFresh(V1);

        // Three staged files and the pointer succeed; writing the files in place fails after one.
        store(new FailingAfter(5)).replace(SHOP, V2);

        S3ObjectStore reader = store(client);
        assertEquals(texts(V2), contents(reader));
        assertEquals(List.of(SHOP), reader.packages());
        reader.replace(SHOP, V1);
        assertEquals(texts(V1), contents(reader));
        assertEquals(List.of("shop.gbai/shop.gbdialog/faq.bas", "shop.gbai/shop.gbdialog/start.bas",
                "shop.gbai/shop.gbot/config.csv"), keys());
    }

    @Test
    void a_completed_deploy_leaves_only_the_plain_layout_and_keeps_each_unchanged_files_fingerprint() throws Exception {
        deployFresh(V1);
        S3ObjectStore reader = store(client);
        String config = reader.list(SHOP).stream().filter(o -> o.path().value().endsWith("config.csv")).findFirst()
                .orElseThrow().fingerprint();

        reader.replace(SHOP, files("shop.gbdialog/start.bas", "TALK \"v3\"", "shop.gbot/config.csv", "welcome-message,One"));

        assertEquals(List.of("shop.gbai/shop.gbdialog/start.bas", "shop.gbai/shop.gbot/config.csv"), keys());
        assertTrue(reader.list(SHOP).stream().anyMatch(o -> o.fingerprint().equals(config)));
    }
}
