package it.org.botserver.bots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.botserver.ServerClient;
import it.org.botserver.ServerClient.Reply;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Deploying, inspecting and deleting bots through the admin API of the running server. */
class BotUploadIT {

    private final ServerClient server = new ServerClient();
    private final BotAdmin admin = new BotAdmin();

    private static byte[] shop(String greeting) {
        return BotAdmin.zip("upshop.gbai/upshop.gbdialog/start.bas", "TALK \"" + greeting + "\"",
                "upshop.gbai/upshop.gbot/config.csv", "name,value\nbot-name,Upload Shop\nllm-model,small\nllm-key,sk-never-shown\n",
                "upshop.gbai/upshop.gbkb/faq/prices.md", "# Prices");
    }

    @Test
    void a_deployed_bot_runs_at_once_and_its_details_leave_secrets_out() {
        Reply deployed = admin.upload(shop("Welcome to the shop"));

        assertTrue(deployed.status() == 201 || deployed.status() == 200, deployed.body());
        Reply details = server.get("/api/bots/upshop");
        JsonObject bot = details.json();
        assertEquals("running", bot.getString("status"));
        assertEquals("Upload Shop", bot.getString("name"));
        assertEquals(List.of("faq"), bot.getJsonArray("kb_collections").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals("small", bot.getJsonObject("config").getString("llm-model"));
        assertFalse(details.body().contains("sk-never-shown"), details.body());
        assertFalse(bot.getJsonObject("config").containsKey("llm-key"));
        Reply started = server.postJson("/api/conversations/start", "{\"bot_id\":\"upshop\"}");
        assertEquals("Welcome to the shop", started.json().getJsonArray("replies").getJsonObject(0).getString("content"));
    }

    @Test
    void broken_uploads_are_refused_with_a_400_problem_and_leave_the_deployed_bot_untouched() {
        admin.upload(BotAdmin.zip("keep.gbai/keep.gbdialog/start.bas", "TALK \"still here\""));
        String version = server.get("/api/bots/keep").json().getString("version");
        Map<String, byte[]> broken = Map.of(
                "bad zip", "this is not a zip".getBytes(),
                "path traversal", BotAdmin.zip("keep.gbai/keep.gbdialog/start.bas", "TALK 1", "keep.gbai/../../evil.bas", "x"),
                "oversize dialog", BotAdmin.zip("keep.gbai/keep.gbdialog/start.bas", "TALK \"" + "x".repeat(1024 * 1024) + "\""),
                "wrong folder names", BotAdmin.zip("keep.gbai/other.gbdialog/start.bas", "TALK 1"),
                "compile error", BotAdmin.zip("keep.gbai/keep.gbdialog/start.bas", "IF THEN"));

        broken.forEach((kind, zip) -> {
            Reply refused = admin.upload(zip);
            assertEquals(400, refused.status(), kind + ": " + refused.body());
            assertEquals("application/problem+json", refused.contentType(), kind);
            assertFalse(refused.json().getJsonArray("problems").isEmpty(), kind);
        });
        JsonObject kept = server.get("/api/bots/keep").json();
        assertEquals(version, kept.getString("version"));
        assertEquals(List.of(), kept.getJsonArray("problems"));
    }

    @Test
    void a_package_larger_than_a_json_request_may_be_deploys() {
        // Random text barely compresses: the zip is well over the 512 KiB limit of JSON requests.
        byte[] random = new byte[768 * 1024];
        new java.util.Random(7).nextBytes(random);
        byte[] zip = BotAdmin.zip("bigdrive.gbai/bigdrive.gbdialog/start.bas", "TALK \"big\"",
                "bigdrive.gbai/bigdrive.gbdrive/noise.txt", java.util.Base64.getEncoder().encodeToString(random));
        assertTrue(zip.length > 512 * 1024, "the zip has " + zip.length + " bytes");

        Reply deployed = admin.upload(zip);

        assertTrue(deployed.status() == 201 || deployed.status() == 200, deployed.status() + " " + deployed.body());
        assertEquals(204, admin.delete("bigdrive").status());
    }

    @Test
    void deploying_needs_a_valid_bearer_token() {
        assertEquals(401, admin.upload(shop("x"), null).status());
        assertEquals(401, admin.upload(shop("x"), "Bearer wrong").status());
    }

    @Test
    void a_deleted_bot_is_gone() {
        admin.upload(BotAdmin.zip("gone.gbai/gone.gbdialog/start.bas", "TALK 1"));

        assertEquals(204, admin.delete("gone").status());
        assertEquals(404, server.get("/api/bots/gone").status());
        assertEquals(404, admin.delete("gone").status());
    }
}
