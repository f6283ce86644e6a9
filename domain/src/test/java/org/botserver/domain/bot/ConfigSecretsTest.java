package org.botserver.domain.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigSecretsTest {

    private final ConfigCsv.Parsed parsed = ConfigCsv.parse("config.csv", """
            bot-name,Shop
            llm-key,sk-very-secret
            Smtp-Password,hunter2
            telegram-bot-token,123:abc
            webhook-secret,s3
            email-pass,p4ss
            """);

    @Test
    void keys_ending_in_key_pass_password_token_or_secret_are_secrets() {
        assertTrue(BotConfig.isSecret("llm-key"));
        assertTrue(BotConfig.isSecret("SMTP-PASSWORD"));
        assertTrue(BotConfig.isSecret("whatsapp-access-token"));
        assertTrue(BotConfig.isSecret("webhook-secret"));
        assertTrue(BotConfig.isSecret("email-pass"));
        assertFalse(BotConfig.isSecret("llm-model"));
        assertFalse(BotConfig.isSecret("keyboard"));
    }

    @Test
    void the_visible_settings_leave_every_secret_out() {
        assertEquals(Map.of("bot-name", "Shop"), parsed.config().visible());
        assertEquals(Optional.of("sk-very-secret"), parsed.config().text(ConfigKey.LLM_KEY));
    }

    @Test
    void the_text_form_masks_secrets_so_a_log_line_cannot_leak_them() {
        String text = parsed.config().toString();

        for (String secret : new String[] {"sk-very-secret", "hunter2", "123:abc", "s3", "p4ss"}) {
            assertFalse(text.contains("=" + secret), text);
        }
        assertTrue(text.contains("llm-key=***"), text);
    }
}
