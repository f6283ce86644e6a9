package org.botserver.adapter.out.storage.filesystem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.botserver.application.bot.BotPackageSource;
import org.botserver.domain.basic.SourceFile;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.BotPackage;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** Bot packages in a folder: {@code <root>/<bot>.gbai/<bot>.gbdialog/*.bas}, read as UTF-8. */
@SecondaryAdapter
public final class FileSystemBotPackageSource implements BotPackageSource {

    private static final System.Logger LOG = System.getLogger(FileSystemBotPackageSource.class.getName());
    private static final String PACKAGE_SUFFIX = ".gbai";
    private static final String DIALOG_SUFFIX = ".gbdialog";

    private final Path root;

    public FileSystemBotPackageSource(Path root) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    @Override
    public List<BotId> list() {
        if (!Files.isDirectory(root)) {
            LOG.log(Level.WARNING, "The bots folder {0} does not exist; no bots are loaded.", root);
            return List.of();
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(Files::isDirectory)
                    .map(dir -> dir.getFileName().toString())
                    .filter(name -> name.endsWith(PACKAGE_SUFFIX))
                    .map(name -> name.substring(0, name.length() - PACKAGE_SUFFIX.length()))
                    .filter(FileSystemBotPackageSource::isBotId)
                    .sorted()
                    .map(BotId::new)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the bots folder " + root, e);
        }
    }

    @Override
    public BotPackage read(BotId id) {
        Path dialogs = root.resolve(id.value() + PACKAGE_SUFFIX).resolve(id.value() + DIALOG_SUFFIX);
        if (!Files.isDirectory(dialogs)) return new BotPackage(id, id.value(), List.of());
        try (Stream<Path> files = Files.list(dialogs)) {
            List<Path> sources = files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".bas"))
                    .sorted()
                    .toList();
            return new BotPackage(id, id.value(), sources.stream().map(file -> source(id, file)).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the dialogs of bot " + id + " in " + dialogs, e);
        }
    }

    private static SourceFile source(BotId id, Path file) {
        try {
            String name = id.value() + DIALOG_SUFFIX + "/" + file.getFileName();
            return new SourceFile(name, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static boolean isBotId(String name) {
        if (BotId.isValid(name)) return true;
        LOG.log(Level.WARNING, "Skipping package {0}.gbai: a bot name is lower-case letters, digits, '-' and '_'.", name);
        return false;
    }
}
