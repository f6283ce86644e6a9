package org.botserver.adapter.in.rest.conversation;

/** Body of {@code POST /api/conversations/{id}/messages}: {@code {"content": "..."}}, at most 64 KiB. */
public record MessageRequest(String content) {
}
