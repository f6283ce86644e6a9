package org.botserver.adapter.in.channel.whatsapp;

/**
 * Markdown as WhatsApp shows it: **bold** becomes *bold*, *italic* or _italic_ becomes _italic_,
 * ~~strike~~ becomes ~strike~, and [text](url) becomes "text (url)"; code stays in backticks.
 */
final class WhatsAppFormat {

    private static final String BOLD = "\u0000";

    private WhatsAppFormat() {
    }

    static String of(String markdown) {
        return markdown
                .replaceAll("\\[([^\\]]+)]\\((https?://[^)\\s]+)\\)", "$1 ($2)")
                // Bold is set aside first so its asterisks are not read as italics.
                .replaceAll("\\*\\*(.+?)\\*\\*", BOLD + "$1" + BOLD)
                .replaceAll("(?<![*\\w])\\*(?!\\s)(.+?)(?<!\\s)\\*(?![*\\w])", "_$1_")
                .replace(BOLD, "*")
                .replaceAll("~~(.+?)~~", "~$1~");
    }
}
