package org.botserver.application.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.DialogRetention;
import org.botserver.domain.bot.PackageLimits;
import org.botserver.domain.bot.PackagePath;
import org.junit.jupiter.api.Test;

/**
 * A poll that comes while a deploy changes storage waits for the deploy, so it never sees the package half-way
 * (a folder store swaps a package with two renames, and between them there is no package at all).
 */
class DeployWhilePollingTest {

    private static final BotId SHOP = new BotId("shop");

    private final InMemoryObjectStore stored = new InMemoryObjectStore().put("shop", "shop.gbdialog/start.bas", "TALK \"v1\"");
    private final LoadedBots bots = new LoadedBots();
    private CompletableFuture<RefreshReport> poll;
    private RefreshBots refresh;

    /** Replaces a package as the folder store does: the old one goes first, the new one comes a moment later. */
    private final ObjectStore swappingInTwoSteps = new ObjectStore() {
        @Override public List<BotId> packages() { return stored.packages(); }

        @Override public List<StoredObject> list(BotId bot) { return stored.list(bot); }

        @Override public byte[] read(BotId bot, PackagePath path) { return stored.read(bot, path); }

        @Override public void replace(BotId bot, Map<PackagePath, byte[]> files) {
            stored.delete(bot);
            poll = CompletableFuture.supplyAsync(() -> refresh.refresh());
            try {
                poll.get(300, TimeUnit.MILLISECONDS);
            } catch (TimeoutException waitingForTheDeploy) {
                // what should happen: the poll waits until this deploy is done
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            stored.replace(bot, files);
        }

        @Override public void write(BotId bot, PackagePath path, byte[] content) { stored.write(bot, path, content); }

        @Override public boolean remove(BotId bot, PackagePath path) { return stored.remove(bot, path); }

        @Override public boolean delete(BotId bot) { return stored.delete(bot); }
    };

    @Test
    void the_poll_waits_for_the_deploy_and_never_sees_the_bot_gone() throws Exception {
        refresh = new RefreshBotsService(swappingInTwoSteps, bots, PackageLimits.defaults(), DialogRetention.defaults(),
                Clock.systemUTC());
        refresh.refresh();
        DeployBot deploy = new DeployBotService(swappingInTwoSteps, refresh, new InspectBotService(bots),
                PackageLimits.defaults(), Clock.systemUTC());

        Deployment deployed = deploy.deploy(new DeployBotCommand(new ByteArrayInputStream(
                Zips.zip("shop.gbai/shop.gbdialog/start.bas", "TALK \"v2\""))));

        assertInstanceOf(Deployment.Deployed.class, deployed);
        assertEquals(Map.of(), poll.get(10, TimeUnit.SECONDS).changed());
        assertEquals("TALK \"v2\"", bots.find(SHOP).orElseThrow().source().dialogs().getFirst().text());
    }
}
