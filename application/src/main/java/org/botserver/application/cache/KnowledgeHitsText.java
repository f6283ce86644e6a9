package org.botserver.application.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.botserver.application.knowledge.KnowledgeChunk;
import org.botserver.application.knowledge.KnowledgeHit;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.knowledge.KnowledgeBaseId;

/**
 * Knowledge hits as the text a cache store keeps: a version line, then one line per hit of tab-separated fields
 * with backslash, tab and line breaks escaped. A text this version cannot read is a miss, not an error.
 */
final class KnowledgeHitsText {

    private static final String VERSION = "kb-hits/1";
    private static final int FIELDS = 7;

    private KnowledgeHitsText() {
    }

    static String encode(List<KnowledgeHit> hits) {
        StringBuilder text = new StringBuilder(VERSION);
        for (KnowledgeHit hit : hits) {
            KnowledgeChunk chunk = hit.chunk();
            text.append('\n').append(String.join("\t", escape(hit.kb().bot().value()), escape(hit.kb().collection()),
                    escape(chunk.documentPath()), Integer.toString(chunk.chunkIndex()),
                    chunk.page().isPresent() ? Integer.toString(chunk.page().getAsInt()) : "",
                    Double.toString(hit.score()), escape(chunk.content())));
        }
        return text.toString();
    }

    static Optional<List<KnowledgeHit>> decode(String text) {
        String[] lines = text.split("\n", -1);
        if (!lines[0].equals(VERSION)) return Optional.empty();
        List<KnowledgeHit> hits = new ArrayList<>();
        try {
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split("\t", -1);
                if (f.length != FIELDS) return Optional.empty();
                OptionalInt page = f[4].isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(f[4]));
                KnowledgeChunk chunk = new KnowledgeChunk(unescape(f[2]), Integer.parseInt(f[3]), page, unescape(f[6]));
                hits.add(new KnowledgeHit(KnowledgeBaseId.of(new BotId(unescape(f[0])), unescape(f[1])), chunk,
                        Double.parseDouble(f[5])));
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(hits));
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                out.append(c);
                continue;
            }
            char next = s.charAt(++i);
            out.append(switch (next) {
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                default -> next;
            });
        }
        return out.toString();
    }
}
