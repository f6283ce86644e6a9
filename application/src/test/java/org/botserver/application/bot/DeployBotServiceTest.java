package org.botserver.application.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DeployBotServiceTest {

    private final BotsFixture fixture = new BotsFixture(new org.botserver.domain.bot.PackageLimits(64 * 1024, 1024, 512, 20, 100));

    private Deployment deploy(byte[] zip) {
        return fixture.deploy.deploy(new DeployBotCommand(new ByteArrayInputStream(zip)));
    }

    @Test
    void a_good_package_is_stored_and_runs_at_once() {
        Deployment deployment = deploy(Zips.zip("shop.gbai/shop.gbdialog/start.bas", "TALK \"v1\"",
                "shop.gbai/shop.gbot/config.csv", "bot-name,Shop\nllm-key,sk-123"));

        BotDetails shop = assertInstanceOf(Deployment.Deployed.class, deployment).bot();
        assertTrue(shop.running());
        assertEquals("Shop", shop.name());
        assertEquals(2, fixture.store.list(SHOP).size());
        assertFalse(((Deployment.Deployed) deployment).replaced());
    }

    @Test
    void deploying_again_replaces_the_package_and_the_bot() {
        deploy(Zips.zip("shop.gbai/shop.gbdialog/start.bas", "TALK \"v1\"", "shop.gbai/shop.gbdialog/old.bas", "TALK 0"));
        Deployment again = deploy(Zips.zip("shop.gbai/shop.gbdialog/start.bas", "TALK \"v2\""));

        assertTrue(assertInstanceOf(Deployment.Deployed.class, again).replaced());
        assertEquals(List.of("start"), fixture.details("shop").dialogs());
    }

    static List<Object[]> brokenUploads() {
        return List.of(
                new Object[] {"bad zip", "not a zip".getBytes(), "The upload is not a zip file."},
                new Object[] {"path traversal", Zips.zip("shop.gbai/shop.gbdialog/start.bas", "TALK 9",
                        "shop.gbai/../evil.bas", "x"), "The zip's entry 'shop.gbai/../evil.bas' leaves its folder ('..')."},
                new Object[] {"oversize file", Zips.zip("shop.gbai/shop.gbdialog/start.bas", "TALK 9",
                        "shop.gbai/shop.gbkb/big.txt", "x".repeat(2000)), "shop.gbkb/big.txt is larger than 1 KB."},
                new Object[] {"wrong folder names", Zips.zip("shop.gbai/other.gbdialog/start.bas", "TALK 9"),
                        "other.gbdialog does not match the bot: in shop.gbai it must be shop.gbdialog."},
                new Object[] {"compile error", Zips.zip("shop.gbai/shop.gbdialog/start.bas", "IF THEN"), null});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenUploads")
    void a_broken_upload_is_refused_and_leaves_the_deployed_bot_untouched(String kind, byte[] zip, String problem) {
        deploy(Zips.zip("shop.gbai/shop.gbdialog/start.bas", "TALK \"v1\""));
        String version = fixture.details("shop").version();
        var start = fixture.bot("shop").startDialog();

        List<String> problems = assertInstanceOf(Deployment.Refused.class, deploy(zip)).problems();

        if (problem != null) assertEquals(List.of(problem), problems);
        else assertTrue(problems.getFirst().startsWith("shop.gbdialog/start.bas:1:"), problems.toString());
        assertEquals(version, fixture.details("shop").version());
        assertEquals(start, fixture.bot("shop").startDialog());
        assertEquals(List.of(), fixture.details("shop").problems());
    }

    @Test
    void a_package_with_a_bad_config_row_is_refused_with_the_line() {
        Deployment refused = deploy(Zips.zip("shop.gbai/shop.gbdialog/start.bas", "TALK 1",
                "shop.gbai/shop.gbot/config.csv", "max-tokens,many"));

        assertEquals(List.of("shop.gbot/config.csv line 1: max-tokens must be a whole number, got 'many'."),
                assertInstanceOf(Deployment.Refused.class, refused).problems());
    }

    private static final org.botserver.domain.bot.BotId SHOP = new org.botserver.domain.bot.BotId("shop");
}
