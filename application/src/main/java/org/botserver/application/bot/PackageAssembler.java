package org.botserver.application.bot;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.botserver.domain.basic.SourceFile;
import org.botserver.domain.bot.BotConfig;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.BotPackage;
import org.botserver.domain.bot.ConfigCsv;
import org.botserver.domain.bot.PackageFolder;
import org.botserver.domain.bot.PackagePath;

/**
 * Turns a package's files into a {@link BotPackage}: reads only what the server needs now (the dialogs directly
 * in {@code <bot>.gbdialog}, config.csv and PROMPT.md in {@code <bot>.gbot}) and names the knowledge-base
 * collections (the sub-folders of {@code <bot>.gbkb}).
 */
final class PackageAssembler {

    static final String CONFIG_FILE = "config.csv";
    static final String PROMPT_FILE = "PROMPT.md";

    private PackageAssembler() {
    }

    static BotPackage assemble(BotId bot, String version, List<PackagePath> paths, Function<PackagePath, byte[]> read) {
        List<SourceFile> dialogs = new ArrayList<>();
        BotConfig config = BotConfig.empty();
        List<String> configProblems = new ArrayList<>();
        Optional<String> prompt = Optional.empty();
        TreeSet<String> collections = new TreeSet<>();
        for (PackagePath path : paths.stream().sorted(java.util.Comparator.comparing(PackagePath::value)).toList()) {
            Optional<PackageFolder> folder = PackageFolder.of(bot, path);
            if (folder.isEmpty()) continue;
            String below = path.belowTopFolder();
            switch (folder.get()) {
                case DIALOG -> {
                    if (!below.contains("/") && below.toLowerCase(java.util.Locale.ROOT).endsWith(".bas")) {
                        dialogs.add(new SourceFile(path.value(), text(read.apply(path))));
                    }
                }
                case SETTINGS -> {
                    if (below.equalsIgnoreCase(CONFIG_FILE)) {
                        ConfigCsv.Parsed parsed = ConfigCsv.parse(path.value(), text(read.apply(path)));
                        config = parsed.config();
                        configProblems.addAll(parsed.problems());
                    } else if (below.equalsIgnoreCase(PROMPT_FILE)) {
                        prompt = Optional.of(text(read.apply(path)));
                    }
                }
                case KNOWLEDGE -> {
                    if (below.contains("/")) collections.add(below.substring(0, below.indexOf('/')));
                }
                case THEME, DRIVE, DATA -> {
                    // served or imported by their own capabilities; nothing to read when loading the bot
                }
            }
        }
        return new BotPackage(bot, version, dialogs, config, configProblems, prompt, List.copyOf(collections));
    }

    /** Whether the path is the package's {@code <bot>.gbot/config.csv}. */
    static boolean isConfigFile(BotId bot, PackagePath path) {
        return PackageFolder.of(bot, path).filter(folder -> folder == PackageFolder.SETTINGS).isPresent()
                && path.belowTopFolder().equalsIgnoreCase(CONFIG_FILE);
    }

    /** UTF-8 without a byte-order mark; invalid bytes become U+FFFD rather than refusing the whole file. */
    private static String text(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
