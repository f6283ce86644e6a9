package org.botserver.domain.bot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One rule every package's files must follow, named so a refusal says which rule fired; the same rules apply
 * to an upload and to what is found in storage.
 */
public record PackagePolicy(String name, Rule rule) {

    /** Checks the files of a package and returns one plain sentence per breach. */
    @FunctionalInterface
    public interface Rule {
        List<String> check(BotId bot, List<PackageFile> files, PackageLimits limits);
    }

    static final PackagePolicy FILES_ARE_IN_PACKAGE_FOLDERS = perFile("files are in package folders", (bot, file, limits) -> {
        PackagePath path = file.path();
        if (path.atTop()) return Optional.of(path + " is outside the package folders (" + folderNames(bot) + ").");
        return PackageFolder.bySuffixOf(path.topFolder()).isPresent()
                ? Optional.empty()
                : Optional.of(path.topFolder() + " is not a package folder; use " + folderNames(bot) + ".");
    });

    static final PackagePolicy FOLDERS_MATCH_THE_BOT = perFile("folder names match the bot", (bot, file, limits) ->
            PackageFolder.bySuffixOf(file.path().topFolder())
                    .filter(folder -> !file.path().atTop() && !folder.nameFor(bot).equals(file.path().topFolder()))
                    .map(folder -> file.path().topFolder() + " does not match the bot: in " + bot + ".gbai it must be "
                            + folder.nameFor(bot) + "."));

    static final PackagePolicy FILE_SIZE = perFile("file size", (bot, file, limits) -> file.size() > limits.fileBytes()
            ? Optional.of(file.path() + " is larger than " + PackageLimits.readable(limits.fileBytes()) + ".")
            : Optional.empty());

    static final PackagePolicy DIALOG_SIZE = perFile("dialog size", (bot, file, limits) ->
            PackageFolder.of(bot, file.path()).filter(f -> f == PackageFolder.DIALOG).isPresent()
                    && file.size() > limits.dialogBytes()
                    ? Optional.of("The dialog " + file.path() + " is larger than " + PackageLimits.readable(limits.dialogBytes()) + ".")
                    : Optional.empty());

    static final PackagePolicy PACKAGE_SIZE = new PackagePolicy("package size", (bot, files, limits) -> {
        long total = files.stream().mapToLong(PackageFile::size).sum();
        return total > limits.packageBytes()
                ? List.of("The package is larger than " + PackageLimits.readable(limits.packageBytes()) + ".")
                : List.of();
    });

    static final PackagePolicy FILE_COUNT = new PackagePolicy("file count", (bot, files, limits) ->
            files.size() > limits.files() ? List.of("The package has more than " + limits.files() + " files.") : List.of());

    /** Every rule, in the order their breaches are reported. */
    public static List<PackagePolicy> allCurrentPolicies() {
        return List.of(FILES_ARE_IN_PACKAGE_FOLDERS, FOLDERS_MATCH_THE_BOT, FILE_SIZE, DIALOG_SIZE, PACKAGE_SIZE, FILE_COUNT);
    }

    /** Every breach of every rule by these files; empty when the package may be loaded. */
    public static List<String> breaches(BotId bot, List<PackageFile> files, PackageLimits limits) {
        List<String> problems = new ArrayList<>();
        for (PackagePolicy policy : allCurrentPolicies()) problems.addAll(policy.rule().check(bot, files, limits));
        return problems;
    }

    private interface FileRule {
        Optional<String> check(BotId bot, PackageFile file, PackageLimits limits);
    }

    private static PackagePolicy perFile(String name, FileRule rule) {
        return new PackagePolicy(name, (bot, files, limits) -> files.stream()
                .map(file -> rule.check(bot, file, limits)).flatMap(Optional::stream).toList());
    }

    private static String folderNames(BotId bot) {
        return Arrays.stream(PackageFolder.values()).map(f -> f.nameFor(bot)).collect(Collectors.joining(", "));
    }
}
