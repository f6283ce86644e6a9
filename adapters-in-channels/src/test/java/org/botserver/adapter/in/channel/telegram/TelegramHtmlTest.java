package org.botserver.adapter.in.channel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A dialog's Markdown reaches Telegram as safe HTML, and WhatsApp in its own markers. */
class TelegramHtmlTest {

    @Test
    void markdown_becomes_telegram_html_with_the_text_escaped() {
        assertEquals("<b>Total</b> &lt; 5 &amp; <i>fast</i>, see <a href=\"https://x.io/a\">terms</a> and <code>code</code>",
                TelegramHtml.of("**Total** < 5 & *fast*, see [terms](https://x.io/a) and `code`"));
    }

    @Test
    void snake_case_words_are_not_italics() {
        assertEquals("user_id and file_name", TelegramHtml.of("user_id and file_name"));
    }

    @Test
    void markdown_becomes_whatsapp_markers() {
        assertEquals("*Total* is _fast_, see terms (https://x.io/a) ~old~",
                org.botserver.adapter.in.channel.whatsapp.WhatsAppFormatAccess.of("**Total** is *fast*, see [terms](https://x.io/a) ~~old~~"));
    }
}
