package org.botserver.adapter.out.storage.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.botserver.application.bot.ObjectStore;
import org.botserver.application.bot.ObjectStoreContract;
import org.botserver.application.bot.ObjectStoreException;
import org.botserver.domain.bot.BotId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The S3 adapter against a real S3 API (S3Proxy started in this JVM): upload, list, change detection, delete. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3ObjectStoreTest extends ObjectStoreContract {

    private final S3Server server = new S3Server();
    private final MinioClient editor = server.client();
    private final MinioClient client = server.client();
    private String bucket;

    S3ObjectStoreTest() throws Exception {
    }

    @AfterAll
    void stopServer() throws Exception {
        editor.close();
        client.close();
        server.close();
    }

    @Override
    protected ObjectStore store() {
        bucket = "bots-" + UUID.randomUUID().toString().substring(0, 8);
        return new S3ObjectStore(client, bucket);
    }

    @Override
    protected void edit(BotId bot, String path, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        try {
            editor.putObject(PutObjectArgs.builder().bucket(bucket).object(bot.value() + ".gbai/" + path)
                    .stream(new ByteArrayInputStream(bytes), (long) bytes.length, -1L).build());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void the_bucket_is_created_on_first_use_and_files_lie_under_one_prefix_per_bot() throws Exception {
        ObjectStore store = store();
        store.replace(SHOP, files("shop.gbdialog/start.bas", "TALK 1"));

        var keys = new java.util.ArrayList<String>();
        for (var item : editor.listObjects(io.minio.ListObjectsArgs.builder().bucket(bucket).recursive(true).build())) {
            keys.add(item.get().objectName());
        }
        assertEquals(List.of("shop.gbai/shop.gbdialog/start.bas"), keys);
    }

    @Test
    void objects_whose_names_are_not_allowed_in_a_package_are_ignored() {
        ObjectStore store = store();
        store.replace(SHOP, files("shop.gbdialog/start.bas", "TALK 1"));
        edit(SHOP, "shop.gbdialog\\..\\evil.bas", "TALK 666");

        assertTrue(store.list(SHOP).stream().noneMatch(o -> o.path().value().contains("evil")));
    }

    @Test
    void wrong_credentials_are_a_store_failure_with_a_plain_message() {
        ObjectStore store = S3ObjectStore.connect(server.url(), S3Server.ACCESS_KEY, "wrong-secret", "bots-x");

        ObjectStoreException failure = assertThrows(ObjectStoreException.class, store::packages);
        assertTrue(failure.getMessage().startsWith("S3: cannot reach the bucket in bucket bots-x"), failure.getMessage());
        assertTrue(!failure.getMessage().contains("wrong-secret"));
    }
}
