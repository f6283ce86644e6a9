package org.botserver.specs.target;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** A bot package on disk, {@code <id>.gbai} holding {@code <id>.gbdialog/*.bas}, and the id the specs call it by. */
public record BotPackageFolder(String botId, Path path) {

    private static final String SUFFIX = ".gbai";

    public BotPackageFolder {
        Objects.requireNonNull(botId, "botId");
        path = Objects.requireNonNull(path, "path").toAbsolutePath().normalize();
    }

    /**
     * The package at the path (relative to the working directory, the project's folder under Maven), checked:
     * it exists and its folder is named after the bot, as the server names bots after their folders.
     */
    public static BotPackageFolder of(String botId, String path) {
        Path folder = Path.of(path);
        if (!Files.isDirectory(folder)) {
            throw new TargetRefusal("There is no bot package folder at " + folder.toAbsolutePath().normalize()
                    + " (paths are relative to " + Path.of("").toAbsolutePath() + ").");
        }
        String name = folder.toAbsolutePath().normalize().getFileName().toString();
        if (!name.equals(botId + SUFFIX)) {
            throw new TargetRefusal("The package folder of the bot \"" + botId + "\" must be named " + botId + SUFFIX
                    + ", not " + name + ": a server names each bot after its package folder.");
        }
        return new BotPackageFolder(botId, folder);
    }
}
