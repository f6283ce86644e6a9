package org.botserver.adapter.out.storage.filesystem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.botserver.application.bot.StoredObject;
import org.botserver.domain.bot.PackagePath;

/**
 * The regular files of one package folder with their fingerprints (size, modification time and file key, so an edit
 * in place and a save-by-rename both show); symbolic links and names that cannot be package paths are skipped.
 */
final class FolderListing {

    private FolderListing() {
    }

    /** The files under {@code dir}; {@code warn} gets a key and a message for each file skipped. */
    static List<StoredObject> of(Path dir, BiConsumer<String, String> warn) throws IOException {
        List<StoredObject> objects = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.toList()) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                String relative = dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                if (attributes.isSymbolicLink()) {
                    warn.accept(file.toString(), "Skipping " + file + ": symbolic links are not followed in bot packages.");
                } else if (attributes.isRegularFile() && PackagePath.isValid(relative)) {
                    objects.add(new StoredObject(new PackagePath(relative), attributes.size(), attributes.size() + ":"
                            + attributes.lastModifiedTime().toInstant() + ":" + attributes.fileKey()));
                } else if (attributes.isRegularFile()) {
                    warn.accept(file.toString(), "Skipping " + file + ": " + PackagePath.problemWith(relative));
                }
            }
        }
        objects.sort(Comparator.comparing(StoredObject::path));
        return objects;
    }
}
