package org.botserver.adapter.in.channel.telegram;

/** Update bodies shaped as in the Telegram Bot API documentation (Update, Message, CallbackQuery). */
final class TelegramPayloads {

    static final long CHAT = 111111111L;

    private TelegramPayloads() {
    }

    static String text(long updateId, String text) {
        return """
                {"update_id":%d,"message":{"message_id":1365,"from":{"id":%d,"is_bot":false,"first_name":"Ana",
                "language_code":"pt-br"},"chat":{"id":%d,"first_name":"Ana","type":"private"},"date":1441645532,
                "text":"%s"}}""".formatted(updateId, CHAT, CHAT, text);
    }

    static String press(long updateId, String data) {
        return """
                {"update_id":%d,"callback_query":{"id":"4382bfdwdsb323b2d9","from":{"id":%d,"is_bot":false,
                "first_name":"Ana"},"message":{"message_id":1366,"from":{"id":7000000,"is_bot":true,"first_name":"Plans"},
                "chat":{"id":%d,"type":"private"},"date":1441645540,"text":"Which plan?","reply_markup":{"inline_keyboard":
                [[{"text":"Free","callback_data":"Free"}],[{"text":"Pro","callback_data":"Pro"}]]}},
                "chat_instance":"-88888888888","data":"%s"}}""".formatted(updateId, CHAT, CHAT, data);
    }

    static String photo(long updateId) {
        return """
                {"update_id":%d,"message":{"message_id":1367,"from":{"id":%d,"is_bot":false,"first_name":"Ana"},
                "chat":{"id":%d,"type":"private"},"date":1441645550,"caption":"my cat","photo":[
                {"file_id":"AgAD-small","file_unique_id":"s1","file_size":1200,"width":90,"height":67},
                {"file_id":"AgAD-large","file_unique_id":"s2","file_size":51200,"width":1280,"height":960}]}}"""
                .formatted(updateId, CHAT, CHAT);
    }

    static String location(long updateId) {
        return """
                {"update_id":%d,"message":{"message_id":1368,"from":{"id":%d,"is_bot":false,"first_name":"Ana"},
                "chat":{"id":%d,"type":"private"},"date":1441645560,"location":{"latitude":-23.5505,"longitude":-46.6333}}}"""
                .formatted(updateId, CHAT, CHAT);
    }

    static String contact(long updateId) {
        return """
                {"update_id":%d,"message":{"message_id":1369,"from":{"id":%d,"is_bot":false,"first_name":"Ana"},
                "chat":{"id":%d,"type":"private"},"date":1441645570,"contact":{"phone_number":"+5511999990000",
                "first_name":"Bruno","last_name":"Lima","user_id":222}}}""".formatted(updateId, CHAT, CHAT);
    }
}
