package org.botserver.adapter.out.storage.s3;

import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.botserver.application.bot.ObjectStoreException;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.PackagePath;

/**
 * Replaces a bot's package so that readers switch from the old files to the new ones at a single PUT. The new files
 * are first written under {@code .botserver-staging/<bot>.gbai/<deploy>/}; a failure there removes them and leaves
 * the package untouched. Then the pointer {@code <bot>.gbai/.botserver-deploying} (the deploy's id) is written: from
 * that PUT on, readers take the package from the staged files. Last, the files are written in place, the ones the
 * package no longer has removed, and the pointer and the staged files deleted, so the bucket holds the plain layout
 * operators edit. An interruption after the pointer leaves the new package live and whole; the next deploy of the
 * bot cleans up.
 */
final class S3Deploy {

    static final String POINTER = ".botserver-deploying";
    static final String STAGING = ".botserver-staging/";
    private static final Pattern DEPLOY_ID = Pattern.compile("[0-9a-f-]{36}");
    private static final System.Logger LOG = System.getLogger(S3Deploy.class.getName());

    private S3Deploy() {
    }

    /** Where the bot's files are read from now: the staged files of a switched deploy, else the package prefix. */
    static String root(S3Bucket bucket, BotId bot) {
        return bucket.find(pointer(bot)).map(id -> new String(id, StandardCharsets.US_ASCII).strip())
                .filter(id -> DEPLOY_ID.matcher(id).matches())
                .map(id -> staging(bot) + id + "/").orElse(prefix(bot));
    }

    static void replace(S3Bucket bucket, BotId bot, Map<PackagePath, byte[]> files) {
        String id = UUID.randomUUID().toString();
        String staged = staging(bot) + id + "/";
        try {
            files.forEach((path, content) -> bucket.put(staged + path.value(), content));
        } catch (ObjectStoreException e) {
            removeQuietly(bucket, staged);
            throw e;
        }
        bucket.put(pointer(bot), id.getBytes(StandardCharsets.US_ASCII));
        try {
            Set<String> kept = files.keySet().stream().map(path -> prefix(bot) + path.value()).collect(Collectors.toSet());
            List<String> before = keys(bucket, prefix(bot));
            files.forEach((path, content) -> bucket.put(prefix(bot) + path.value(), content));
            bucket.remove(before.stream().filter(key -> !kept.contains(key) && !key.equals(pointer(bot))).toList());
            bucket.remove(List.of(pointer(bot)));
            bucket.remove(keys(bucket, staging(bot)));
        } catch (ObjectStoreException e) {
            LOG.log(Level.WARNING, "The new package of bot {0} is live, read from {1}; writing it in place was "
                    + "interrupted and is finished by its next deploy: {2}", bot, staged, e.getMessage());
        }
    }

    /** Removes the package, a pointer of a deploy and any staged files; whether there was a package. */
    static boolean delete(S3Bucket bucket, BotId bot) {
        List<String> keys = keys(bucket, prefix(bot));
        bucket.remove(keys(bucket, staging(bot)));
        bucket.remove(keys);
        return !keys.isEmpty();
    }

    static String prefix(BotId bot) {
        return bot.value() + ".gbai/";
    }

    private static String pointer(BotId bot) {
        return prefix(bot) + POINTER;
    }

    private static String staging(BotId bot) {
        return STAGING + prefix(bot);
    }

    private static List<String> keys(S3Bucket bucket, String prefix) {
        return bucket.listAll(prefix).stream().filter(item -> !item.isDir()).map(item -> item.objectName()).toList();
    }

    private static void removeQuietly(S3Bucket bucket, String prefix) {
        try {
            bucket.remove(keys(bucket, prefix));
        } catch (ObjectStoreException e) {
            // Staged files are never read as a package; the bot's next deploy removes what is left.
            LOG.log(Level.WARNING, "Staged files under {0} were not removed: {1}", prefix, e.getMessage());
        }
    }
}
