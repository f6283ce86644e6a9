package org.botserver.adapter.in.channel.whatsapp;

/** Webhook bodies shaped as in Meta's Cloud API documentation ("Webhooks: messages"), for one sender. */
final class WhatsAppPayloads {

    static final String FROM = "16315551234";

    private WhatsAppPayloads() {
    }

    private static String notification(String field, String items) {
        return """
                {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{
                "messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},
                "contacts":[{"profile":{"name":"Sheena Nelson"},"wa_id":"%s"}],"%s":[%s]},"field":"messages"}]}]}"""
                .formatted(FROM, field, items);
    }

    static String text(String id, String body) {
        return notification("messages", """
                {"from":"%s","id":"%s","timestamp":"1749416383","type":"text","text":{"body":"%s"}}"""
                .formatted(FROM, id, body));
    }

    static String buttonReply(String id, String buttonId, String title) {
        return notification("messages", """
                {"context":{"from":"15550783881","id":"wamid.previous"},"from":"%s","id":"%s","timestamp":"1749416383",
                "type":"interactive","interactive":{"type":"button_reply","button_reply":{"id":"%s","title":"%s"}}}"""
                .formatted(FROM, id, buttonId, title));
    }

    static String listReply(String id, String rowId, String title) {
        return notification("messages", """
                {"from":"%s","id":"%s","timestamp":"1749416383","type":"interactive",
                "interactive":{"type":"list_reply","list_reply":{"id":"%s","title":"%s","description":""}}}"""
                .formatted(FROM, id, rowId, title));
    }

    static String image(String id, String mediaId, String caption) {
        return notification("messages", """
                {"from":"%s","id":"%s","timestamp":"1749416383","type":"image","image":{"caption":"%s",
                "mime_type":"image/jpeg","sha256":"nrsJ7I/Qh2zHZ0h1UoqcZvFM8Jcr0NUAdL0dHhGHTck=","id":"%s"}}"""
                .formatted(FROM, id, caption, mediaId));
    }

    static String location(String id) {
        return notification("messages", """
                {"from":"%s","id":"%s","timestamp":"1749416383","type":"location","location":{"address":"1 Hacker Way",
                "latitude":37.483307,"longitude":-122.148981,"name":"Meta Headquarters","url":"https://meta.com"}}"""
                .formatted(FROM, id));
    }

    static String contact(String id) {
        return notification("messages", """
                {"from":"%s","id":"%s","timestamp":"1749416383","type":"contacts","contacts":[{"name":{
                "first_name":"Barbara","formatted_name":"Barbara J. Johnson"},"phones":[{"phone":"+1 (940) 555-1234",
                "type":"CELL","wa_id":"19405551234"}]}]}"""
                .formatted(FROM, id));
    }

    static String status(String messageId, String status, long timestamp) {
        return notification("statuses", """
                {"id":"%s","status":"%s","timestamp":"%d","recipient_id":"%s",
                "pricing":{"billable":true,"pricing_model":"PMP","category":"utility"}}"""
                .formatted(messageId, status, timestamp, FROM));
    }
}
