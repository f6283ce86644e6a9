package org.botserver.application.bot;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.PackageFolder;
import org.botserver.domain.bot.PackagePath;
import org.botserver.domain.table.CsvTable;

/** The seed data of a package: the CSV files directly in its {@code <bot>.gbdata} folder, one per table. */
final class PackageData {

    private PackageData() {
    }

    /** Each seed file's text by its path. */
    static Map<String, String> csvFiles(BotId bot, List<PackagePath> paths, Function<PackagePath, byte[]> read) {
        Map<String, String> files = new LinkedHashMap<>();
        for (PackagePath path : paths) {
            if (isSeedFile(bot, path)) files.put(path.value(), new String(read.apply(path), StandardCharsets.UTF_8));
        }
        return files;
    }

    /** What is wrong with the seed files, so an upload with a malformed one is refused before it is stored. */
    static List<String> problems(BotId bot, Map<PackagePath, byte[]> files) {
        List<String> problems = new ArrayList<>();
        csvFiles(bot, List.copyOf(files.keySet()), files::get).forEach((path, text) -> {
            try {
                CsvTable.parse(path, text);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        });
        return problems;
    }

    private static boolean isSeedFile(BotId bot, PackagePath path) {
        Optional<PackageFolder> folder = PackageFolder.of(bot, path);
        String below = folder.isPresent() ? path.belowTopFolder() : "";
        return folder.equals(Optional.of(PackageFolder.DATA)) && !below.contains("/")
                && below.toLowerCase(Locale.ROOT).endsWith(".csv");
    }
}
