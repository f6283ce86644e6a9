package org.botserver.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.botserver.application.bot.PollSchedule;
import org.botserver.domain.bot.DialogRetention;
import org.botserver.domain.bot.PackageLimits;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The bot-package settings from MicroProfile Config (environment variables such as STORAGE_URL or BOTS_POLL_SECONDS). */
@ApplicationScoped
public class BotSettings {

    @Inject @ConfigProperty(name = "bots.dir", defaultValue = "bots") String botsDir;
    @Inject @ConfigProperty(name = "storage.url") Optional<String> storageUrl;
    @Inject @ConfigProperty(name = "storage.access.key") Optional<String> storageAccessKey;
    @Inject @ConfigProperty(name = "storage.secret.key") Optional<String> storageSecretKey;
    @Inject @ConfigProperty(name = "storage.bucket", defaultValue = "botserver") String storageBucket;
    @Inject @ConfigProperty(name = "bots.poll.seconds", defaultValue = "5") long pollSeconds;
    @Inject @ConfigProperty(name = "bots.poll.max.backoff.seconds", defaultValue = "120") long maxBackoffSeconds;
    @Inject @ConfigProperty(name = "bots.max.package.mb", defaultValue = "100") long maxPackageMb;
    @Inject @ConfigProperty(name = "bots.max.file.mb", defaultValue = "10") long maxFileMb;
    @Inject @ConfigProperty(name = "bots.max.dialog.kb", defaultValue = "1024") long maxDialogKb;
    @Inject @ConfigProperty(name = "bots.max.files", defaultValue = "10000") int maxFiles;
    @Inject @ConfigProperty(name = "bots.max.compression.ratio", defaultValue = "100") int maxCompressionRatio;
    @Inject @ConfigProperty(name = "dialog.versions.keep.hours", defaultValue = "24") long keepVersionsHours;
    @Inject @ConfigProperty(name = "dialog.versions.max", defaultValue = "10") int maxVersions;
    @Inject @ConfigProperty(name = "dialog.versions.sweep.minutes", defaultValue = "60") long sweepMinutes;
    @Inject @ConfigProperty(name = "dialog.versions.grace.minutes", defaultValue = "60") long graceMinutes;

    /** The S3 endpoint when one is configured; without it, packages are kept in {@link #botsDir()}. */
    Optional<String> storageUrl() {
        return storageUrl.filter(url -> !url.isBlank());
    }

    String botsDir() { return botsDir; }

    String storageAccessKey() { return storageAccessKey.orElse(""); }

    String storageSecretKey() { return storageSecretKey.orElse(""); }

    String storageBucket() { return storageBucket; }

    PollSchedule pollSchedule() {
        Duration interval = Duration.ofSeconds(Math.max(1, pollSeconds));
        return new PollSchedule(interval, Duration.ofSeconds(Math.max(interval.toSeconds(), maxBackoffSeconds)));
    }

    PackageLimits limits() {
        return new PackageLimits(maxPackageMb * PackageLimits.MIB, maxFileMb * PackageLimits.MIB, maxDialogKb * 1024,
                maxFiles, maxCompressionRatio);
    }

    /** How often the kept dialog versions no conversation waits in are deleted. */
    Duration sweepEvery() { return Duration.ofMinutes(Math.max(1, sweepMinutes)); }

    /** How long a replaced version is kept at least, for conversations other servers start on it meanwhile. */
    Duration sweepGrace() { return Duration.ofMinutes(Math.max(0, graceMinutes)); }

    DialogRetention retention() {
        return new DialogRetention(Duration.ofHours(keepVersionsHours), maxVersions);
    }
}
