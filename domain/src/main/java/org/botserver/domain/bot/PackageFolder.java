package org.botserver.domain.bot;

import java.util.Arrays;
import java.util.Optional;

/** The folders a {@code <bot>.gbai} package may hold, each named {@code <bot>.<suffix>}. */
public enum PackageFolder {
    /** BASIC dialogs: start.bas, tools, jobs. */
    DIALOG("gbdialog"),
    /** Knowledge base documents, one sub-folder per collection. */
    KNOWLEDGE("gbkb"),
    /** Settings: config.csv and an optional PROMPT.md. */
    SETTINGS("gbot"),
    /** Web chat theme files. */
    THEME("gbtheme"),
    /** Files the bot's dialogs read and write. */
    DRIVE("gbdrive"),
    /** Seed CSV data for the bot's tables. */
    DATA("gbdata");

    private final String suffix;

    PackageFolder(String suffix) {
        this.suffix = suffix;
    }

    /** The folder's name in the package of this bot ("hello.gbdialog"). */
    public String nameFor(BotId bot) {
        return bot.value() + "." + suffix;
    }

    public String suffix() { return suffix; }

    /** The kind of folder a name denotes, by its suffix alone ("other.gbdialog" is a dialog folder). */
    public static Optional<PackageFolder> bySuffixOf(String folderName) {
        int dot = folderName.lastIndexOf('.');
        if (dot < 0) return Optional.empty();
        String suffix = folderName.substring(dot + 1);
        return Arrays.stream(values()).filter(f -> f.suffix.equals(suffix)).findFirst();
    }

    /** The folder of this bot a path lies in, if its top folder is one of them. */
    public static Optional<PackageFolder> of(BotId bot, PackagePath path) {
        if (path.atTop()) return Optional.empty();
        return Arrays.stream(values()).filter(f -> f.nameFor(bot).equals(path.topFolder())).findFirst();
    }
}
