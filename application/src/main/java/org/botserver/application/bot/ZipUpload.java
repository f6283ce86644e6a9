package org.botserver.application.bot;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.PackageLimits;
import org.botserver.domain.bot.PackagePath;

/**
 * Unpacks an uploaded zip holding one {@code <bot>.gbai} folder, refusing it whole on the first sign of trouble:
 * not a zip, too many entries, a path leaving the package, a symbolic link, a file or a total over the limits
 * (counted while inflating, never trusting the sizes the zip declares), or an expansion ratio of a zip bomb.
 */
final class ZipUpload {

    /** The unpacked package, or why the upload was refused. */
    sealed interface Unpacked {
        record Package(BotId bot, Map<PackagePath, byte[]> files) implements Unpacked {
        }

        record Refused(List<String> problems) implements Unpacked {
            Refused(String problem) {
                this(List.of(problem));
            }
        }
    }

    private static final String SUFFIX = ".gbai";

    private ZipUpload() {
    }

    static Unpacked unpack(InputStream upload, PackageLimits limits) {
        byte[] zip;
        try {
            zip = upload.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.packageBytes() + 1));
        } catch (IOException e) {
            return new Unpacked.Refused("The upload could not be read: " + e.getMessage());
        }
        if (zip.length > limits.packageBytes()) {
            return new Unpacked.Refused("The upload is larger than " + PackageLimits.readable(limits.packageBytes()) + ".");
        }
        return switch (ZipDirectory.read(zip)) {
            case ZipDirectory.Listing.Unreadable(String reason) -> new Unpacked.Refused(reason);
            case ZipDirectory.Listing.Entries(List<String> names, List<String> symlinks) -> {
                List<String> problems = new ArrayList<>();
                symlinks.forEach(link -> problems.add(link + " is a symbolic link; a package may not hold links."));
                if (names.size() > limits.files()) problems.add("The zip has more than " + limits.files() + " entries.");
                names.forEach(name -> pathProblem(name).ifPresent(problems::add));
                if (!problems.isEmpty()) yield new Unpacked.Refused(problems);
                Set<String> roots = new LinkedHashSet<>();
                names.forEach(name -> roots.add(name.contains("/") ? name.substring(0, name.indexOf('/')) : name));
                yield roots.size() == 1 && isPackageFolder(roots.iterator().next())
                        ? inflate(zip, roots.iterator().next(), limits)
                        : new Unpacked.Refused("The zip must hold exactly one folder named <bot>.gbai with the bot's "
                                + "folders inside; it holds " + String.join(", ", roots) + ".");
            }
        };
    }

    private static Unpacked inflate(byte[] zip, String root, PackageLimits limits) {
        BotId bot = new BotId(root.substring(0, root.length() - SUFFIX.length()));
        Map<PackagePath, byte[]> files = new TreeMap<>(java.util.Comparator.comparing(PackagePath::value));
        long total = 0;
        long expansionLimit = (long) zip.length * limits.compressionRatio();
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                String name = entry.getName();
                if (pathProblem(name).isPresent() || !name.startsWith(root + "/")) {
                    return new Unpacked.Refused("The zip's entry " + name + " does not match its directory.");
                }
                if (entry.isDirectory()) continue;
                PackagePath path = new PackagePath(name.substring(root.length() + 1));
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                for (int n = entries.read(buffer); n > 0; n = entries.read(buffer)) {
                    content.write(buffer, 0, n);
                    total += n;
                    if (content.size() > limits.fileBytes()) {
                        return new Unpacked.Refused(path + " is larger than " + PackageLimits.readable(limits.fileBytes()) + ".");
                    }
                    if (total > limits.packageBytes()) {
                        return new Unpacked.Refused("The unpacked package is larger than " + PackageLimits.readable(limits.packageBytes()) + ".");
                    }
                    if (total > expansionLimit) {
                        return new Unpacked.Refused("The zip expands more than " + limits.compressionRatio()
                                + " times its size, like a zip bomb; it was not unpacked.");
                    }
                }
                if (files.put(path, content.toByteArray()) != null) {
                    return new Unpacked.Refused("The zip holds " + path + " twice.");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return new Unpacked.Refused("The upload is not a valid zip file: " + e.getMessage());
        }
        return files.isEmpty() ? new Unpacked.Refused("The package " + root + " holds no files.") : new Unpacked.Package(bot, files);
    }

    private static java.util.Optional<String> pathProblem(String entryName) {
        String path = entryName.endsWith("/") ? entryName.substring(0, entryName.length() - 1) : entryName;
        return java.util.Optional.ofNullable(PackagePath.problemWith(path)).map(p -> "The zip's entry " + p);
    }

    private static boolean isPackageFolder(String name) {
        return name.endsWith(SUFFIX) && BotId.isValid(name.substring(0, name.length() - SUFFIX.length()));
    }
}
