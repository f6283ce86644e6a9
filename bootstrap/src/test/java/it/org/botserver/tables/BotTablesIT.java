package it.org.botserver.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.org.botserver.ServerClient;
import it.org.botserver.ServerClient.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bot tables on the running server: a package's .gbdata CSV seeds its table on deploy, and a dialog SAVEs what
 * the user says and FINDs it again, in later conversations too, through the server's own database.
 */
class BotTablesIT {

    private static final String START = """
            HEAR name
            city = "Rio"
            SAVE "visitors", name, city
            me = FIND "visitors", "name = ${name}"
            cheap = FIND "products.csv", "price < 2"
            TALK "Saved " & name & " as visitor " & me[0].id & "; cheap: " & cheap[0].name & " of " & (UBOUND(cheap) + 1)
            """;
    /** The test server polls every second; a few polls of slack for a loaded build machine. */
    private static final Duration WITHIN = Duration.ofSeconds(15);

    private final ServerClient server = new ServerClient();


    private List<String> converse(String bot, String answer) throws Exception {
        Reply started = server.postJson("/api/conversations/start", "{\"bot_id\":\"" + bot + "\"}");
        assertEquals(201, started.status(), started.body());
        return server.postJson("/api/conversations/" + started.json().getString("conversation_id") + "/messages",
                "{\"content\":\"" + answer + "\"}").replyContents();
    }

    @Test
    void a_dialog_saves_and_finds_rows_and_the_package_seeds_its_tables() throws Exception {
        String bot = "tables-" + Long.toHexString(System.nanoTime());
        Path root = Path.of(System.getProperty("it.bots.dir")).resolve(bot + ".gbai");
        Files.createDirectories(root.resolve(bot + ".gbdialog"));
        Files.createDirectories(root.resolve(bot + ".gbdata"));
        Files.writeString(root.resolve(bot + ".gbdata/products.csv"), "name,price\npen,1.50\nbook,12\n");
        Files.writeString(root.resolve(bot + ".gbdialog/start.bas"), START);
        Instant deadline = Instant.now().plus(WITHIN);
        while (server.get("/api/bots/" + bot).status() != 200 && Instant.now().isBefore(deadline)) Thread.sleep(200);

        assertEquals(List.of("Saved Ana as visitor 1; cheap: pen of 1"), converse(bot, "Ana"));
        assertEquals(List.of("Saved Bob de Souza as visitor 2; cheap: pen of 1"), converse(bot, "Bob de Souza"));
    }
}
