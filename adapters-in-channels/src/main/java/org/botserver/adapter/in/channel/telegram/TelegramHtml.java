package org.botserver.adapter.in.channel.telegram;

/**
 * Markdown as Telegram's HTML parse mode: the text is escaped first (&lt; &gt; &amp;), then **bold**,
 * *italic* / _italic_, ~~strike~~, `code` and [text](url) become their tags. HTML mode is used rather
 * than MarkdownV2, which rejects a whole message over one unescaped character.
 */
final class TelegramHtml {

    private TelegramHtml() {
    }

    static String of(String markdown) {
        return markdown.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replaceAll("`([^`]+)`", "<code>$1</code>")
                .replaceAll("\\[([^\\]]+)]\\((https?://[^)\\s\"]+)\\)", "<a href=\"$2\">$1</a>")
                .replaceAll("\\*\\*(.+?)\\*\\*", "<b>$1</b>")
                .replaceAll("(?<![*\\w])\\*(?!\\s)(.+?)(?<!\\s)\\*(?![*\\w])", "<i>$1</i>")
                .replaceAll("(?<![_\\w])_(?!\\s)(.+?)(?<!\\s)_(?![_\\w])", "<i>$1</i>")
                .replaceAll("~~(.+?)~~", "<s>$1</s>");
    }
}
