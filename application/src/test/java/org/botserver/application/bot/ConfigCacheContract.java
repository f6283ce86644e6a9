package org.botserver.application.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.botserver.application.cache.CacheStore;
import org.botserver.application.cache.StoredConfigCache;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.ConfigKey;
import org.botserver.domain.bot.DialogRetention;
import org.botserver.domain.bot.PackageLimits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two servers share one cache store: a bot's config.csv sits under {@code config:{bot_id}}, a server reads it from
 * storage only on a miss, and a reload of a changed config.csv, a deploy and a delete invalidate the entry for every
 * server. Each cache store adapter's test extends this with its own store.
 */
public abstract class ConfigCacheContract {

    private static final String CONFIG = "shop.gbot/config.csv";

    /** The one store both servers of a test use; a fresh one (or fresh keys) per test. */
    protected abstract CacheStore cacheStore();

    private String id;
    private BotId bot;
    private InMemoryObjectStore packages;

    /** A bot and packages of its own for each test, also when an adapter's test keeps one instance per class. */
    @BeforeEach
    void freshBotAndPackages() {
        id = "shop-" + UUID.randomUUID().toString().substring(0, 8);
        bot = new BotId(id);
        packages = new InMemoryObjectStore();
    }

    /** One server: its own loaded bots, the shared packages and cache. */
    private final class Node {
        final LoadedBots bots = new LoadedBots();
        final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
        final RefreshBots refresh = new RefreshBotsService(packages, bots, PackageLimits.defaults(),
                DialogRetention.defaults(), clock, (b, files) -> List.of(), DialogVersions.IN_MEMORY_ONLY,
                new StoredConfigCache(cacheStore()));
        final DeployBot deploy = new DeployBotService(packages, refresh, new InspectBotService(bots), PackageLimits.defaults(), clock);
        final RemoveBot remove = new RemoveBotService(packages, refresh);

        String welcome() {
            return bots.find(bot).orElseThrow().config().text(ConfigKey.WELCOME_MESSAGE).orElse("");
        }
    }

    private String path(String below) {
        return below.replace("shop", id);
    }

    private void put(String below, String text) {
        packages.put(id, path(below), text);
    }

    private long configReads() {
        return packages.reads(id, path(CONFIG));
    }

    private String cached() {
        return cacheStore().get(StoredConfigCache.key(bot)).orElse("");
    }

    @Test
    void the_second_server_takes_the_config_from_the_cache_without_reading_config_csv() {
        put("shop.gbdialog/start.bas", "TALK \"hi\"");
        put(CONFIG, "welcome-message,Hello\nllm-key,sk-secret");
        Node first = new Node();
        first.refresh.refresh();
        Node second = new Node();
        second.refresh.refresh();

        assertEquals(1, configReads());
        assertEquals("Hello", second.welcome());
        assertEquals("sk-secret", second.bots.find(bot).orElseThrow().config().text("llm-key").orElseThrow());
        assertTrue(cached().endsWith("welcome-message,Hello\nllm-key,sk-secret"), cached());
    }

    @Test
    void a_changed_config_csv_is_read_again_and_replaces_the_entry_for_every_server() {
        put("shop.gbdialog/start.bas", "TALK \"hi\"");
        put(CONFIG, "welcome-message,Hello");
        Node first = new Node();
        first.refresh.refresh();
        Node second = new Node();
        second.refresh.refresh();

        put(CONFIG, "welcome-message,Hello again");
        first.refresh.refresh();
        second.refresh.refresh();

        assertEquals(2, configReads());
        assertEquals("Hello again", first.welcome());
        assertEquals("Hello again", second.welcome());
    }

    @Test
    void an_entry_left_for_an_older_file_is_never_taken() {
        put("shop.gbdialog/start.bas", "TALK \"hi\"");
        put(CONFIG, "welcome-message,Hello");
        new Node().refresh.refresh();
        String old = cached();
        put(CONFIG, "welcome-message,Newer");
        Node other = new Node();
        cacheStore().put(StoredConfigCache.key(bot), old, StoredConfigCache.TTL);

        other.refresh.refresh();

        assertEquals("Newer", other.welcome());
    }

    @Test
    void a_change_to_another_file_keeps_the_cached_config() {
        put("shop.gbdialog/start.bas", "TALK \"hi\"");
        put(CONFIG, "welcome-message,Hello");
        Node node = new Node();
        node.refresh.refresh();

        put("shop.gbdialog/start.bas", "TALK \"hi there\"");
        node.refresh.refresh();

        assertEquals(1, configReads());
        assertEquals("Hello", node.welcome());
    }

    @Test
    void a_deploy_replaces_the_entry_and_a_delete_removes_it() {
        Node node = new Node();
        Deployment deployed = node.deploy.deploy(new DeployBotCommand(new ByteArrayInputStream(Zips.zip(
                path("shop.gbai/shop.gbdialog/start.bas"), "TALK \"hi\"", path("shop.gbai/" + CONFIG), "welcome-message,One"))));
        assertInstanceOf(Deployment.Deployed.class, deployed);
        assertTrue(cached().endsWith("welcome-message,One"), cached());

        node.deploy.deploy(new DeployBotCommand(new ByteArrayInputStream(Zips.zip(
                path("shop.gbai/shop.gbdialog/start.bas"), "TALK \"hi\"", path("shop.gbai/" + CONFIG), "welcome-message,Two"))));
        assertTrue(cached().endsWith("welcome-message,Two"), cached());
        assertEquals("Two", node.welcome());

        node.remove.remove(bot);
        assertFalse(cacheStore().get(StoredConfigCache.key(bot)).isPresent());
    }

    @Test
    void a_config_csv_removed_from_the_package_removes_the_entry() {
        put("shop.gbdialog/start.bas", "TALK \"hi\"");
        put(CONFIG, "welcome-message,Hello");
        Node node = new Node();
        node.refresh.refresh();

        packages.remove(id, path(CONFIG));
        node.refresh.refresh();

        assertFalse(cacheStore().get(StoredConfigCache.key(bot)).isPresent());
        assertEquals("", node.welcome());
    }
}
