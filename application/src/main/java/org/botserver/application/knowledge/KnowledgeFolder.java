package org.botserver.application.knowledge;

import java.util.List;
import org.botserver.application.bot.ObjectStore;
import org.botserver.application.bot.StoredObject;
import org.botserver.domain.bot.PackagePath;
import org.botserver.domain.knowledge.KnowledgeBaseId;

/** A knowledge base's files in its bot's package: everything under {@code <bot>.gbkb/<collection>/}. */
final class KnowledgeFolder {

    private KnowledgeFolder() {
    }

    static List<StoredObject> files(ObjectStore store, KnowledgeBaseId kb) {
        return store.list(kb.bot()).stream().filter(file -> belongs(kb, file.path())).toList();
    }

    /** The path below the collection folder ("faq/returns.md"), which identifies the document. */
    static String documentPath(KnowledgeBaseId kb, PackagePath path) {
        return path.belowTopFolder().substring(kb.collection().length() + 1);
    }

    private static boolean belongs(KnowledgeBaseId kb, PackagePath path) {
        return path.topFolder().equalsIgnoreCase(kb.bot().value() + ".gbkb")
                && path.belowTopFolder().startsWith(kb.collection() + "/");
    }
}
