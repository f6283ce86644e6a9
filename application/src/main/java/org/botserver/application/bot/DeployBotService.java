package org.botserver.application.bot;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.botserver.domain.bot.Bot;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.BotLoad;
import org.botserver.domain.bot.BotPackage;
import org.botserver.domain.bot.PackageFile;
import org.botserver.domain.bot.PackageLimits;
import org.botserver.domain.bot.PackagePath;
import org.botserver.domain.bot.PackagePolicy;

/**
 * Checks an uploaded package completely before anything is stored (zip safety, package rules, every dialog and
 * config.csv row), then replaces the package in storage and reloads the bot at once rather than at the next poll.
 */
public final class DeployBotService implements DeployBot {

    private static final System.Logger LOG = System.getLogger(DeployBotService.class.getName());

    private final ObjectStore store;
    private final RefreshBots refresh;
    private final InspectBot inspect;
    private final PackageLimits limits;
    private final Clock clock;

    public DeployBotService(ObjectStore store, RefreshBots refresh, InspectBot inspect, PackageLimits limits, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.refresh = Objects.requireNonNull(refresh, "refresh");
        this.inspect = Objects.requireNonNull(inspect, "inspect");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Deployment deploy(DeployBotCommand command) {
        return switch (ZipUpload.unpack(command.zip(), limits)) {
            case ZipUpload.Unpacked.Refused(List<String> problems) -> refused(problems);
            case ZipUpload.Unpacked.Package(BotId id, Map<PackagePath, byte[]> files) -> deploy(id, files);
        };
    }

    private Deployment deploy(BotId id, Map<PackagePath, byte[]> files) {
        List<PackageFile> listing = files.entrySet().stream().map(e -> new PackageFile(e.getKey(), e.getValue().length)).toList();
        List<String> breaches = PackagePolicy.breaches(id, listing, limits);
        if (!breaches.isEmpty()) return refused(breaches);
        List<String> seedProblems = PackageData.problems(id, files);
        if (!seedProblems.isEmpty()) return refused(seedProblems);
        BotPackage source = PackageAssembler.assemble(id, "upload", List.copyOf(files.keySet()), files::get);
        List<String> problems = new ArrayList<>();
        switch (Bot.load(source, clock.instant())) {
            case BotLoad.Loaded(Bot bot) -> problems.addAll(bot.problems());
            case BotLoad.Rejected rejected -> problems.addAll(rejected.problems());
        }
        if (!problems.isEmpty()) return refused(problems);
        boolean replaced = !store.list(id).isEmpty();
        RefreshReport.Change change = refresh.refreshAfter(id, () -> store.replace(id, files));
        LOG.log(Level.INFO, "Bot {0} deployed from an upload of {1} files: {2}", id, files.size(), change);
        return new Deployment.Deployed(inspect.inspect(id), replaced);
    }

    private static Deployment refused(List<String> problems) {
        LOG.log(Level.INFO, "An uploaded bot package was refused: {0}", problems);
        return new Deployment.Refused(problems);
    }
}
