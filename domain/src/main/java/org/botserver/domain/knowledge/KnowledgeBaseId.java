package org.botserver.domain.knowledge;

import java.util.Objects;
import java.util.regex.Pattern;
import org.botserver.domain.bot.BotId;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One knowledge base: a bot's collection, the sub-folder of its {@code <bot>.gbkb} folder ("manuals"); indexed
 * under {@link #indexName()} ("support_manuals").
 */
@ValueObject
public record KnowledgeBaseId(BotId bot, String collection) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    public KnowledgeBaseId {
        Objects.requireNonNull(bot, "bot");
        if (collection == null || !NAME.matcher(collection).matches()) {
            throw new IllegalArgumentException("'" + collection + "' is not a knowledge base name: use letters, digits, '.', '_' or '-' (at most 100).");
        }
    }

    /** Whether a folder name can be a knowledge base's collection. */
    public static boolean isValidCollection(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    public static KnowledgeBaseId of(BotId bot, String collection) {
        return new KnowledgeBaseId(bot, collection);
    }

    /** The name of the index (or Qdrant collection) holding this knowledge base's chunks. */
    public String indexName() {
        return bot.value() + "_" + collection;
    }

    @Override
    public String toString() {
        return bot.value() + "/" + collection;
    }
}
