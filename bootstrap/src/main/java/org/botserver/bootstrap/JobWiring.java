package org.botserver.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.botserver.application.bot.BotCatalog;
import org.botserver.application.capability.CapabilityHandler;
import org.botserver.application.job.JobRuns;
import org.botserver.application.job.RunDueJobs;
import org.botserver.application.job.RunDueJobsService;
import org.botserver.application.job.ScheduleDeclarationHandler;
import org.botserver.application.job.TableEventDialogs;
import org.botserver.application.job.UnattendedRun;
import org.botserver.application.memory.MemoryStore;
import org.botserver.application.table.TableChangeListener;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.conversation.Capabilities;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Dialogs that run by themselves: the SET SCHEDULE ticker started with the application (times in
 * {@code jobs.zone}, checked every {@code jobs.check.seconds}), and the ON … OF dialogs as a TableChangeListener
 * for the bot-table keywords to call after each committed write.
 */
@ApplicationScoped
public class JobWiring {

    @Produces
    @ApplicationScoped
    JobRuns jobRuns(Database database) {
        return database.jobRuns();
    }

    @Produces
    @Singleton
    CapabilityHandler scheduleDeclaration() {
        return new ScheduleDeclarationHandler();
    }

    // The capabilities arrive as their application-scoped proxy, which also breaks the cycle through the table
    // keywords' handler, which hears of changes through the listener below.
    @Produces
    @Singleton
    UnattendedRun unattendedRun(Capabilities capabilities) {
        return new UnattendedRun(capabilities, Limits.defaults());
    }

    @Produces
    @Singleton
    TableChangeListener tableEventDialogs(BotCatalog bots, UnattendedRun runner) {
        return new TableEventDialogs(bots, runner);
    }

    @Produces
    @Singleton
    RunDueJobs runDueJobs(BotCatalog bots, JobRuns runs, UnattendedRun runner, Clock clock,
                          @ConfigProperty(name = "jobs.zone", defaultValue = "UTC") String zone) {
        return new RunDueJobsService(bots, runs, runner, clock, ZoneId.of(zone));
    }

    @Produces
    @Singleton
    JobTicker jobTicker(RunDueJobs jobs, MemoryStore memory, Clock clock,
                        @ConfigProperty(name = "jobs.check.seconds", defaultValue = "5") int seconds) {
        return JobTicker.start(jobs, memory, clock, Duration.ofSeconds(Math.max(1, seconds)));
    }

    void stopTicker(@Disposes JobTicker ticker) {
        ticker.close();
    }

    /** Makes the ticker start with the application rather than on first use, which never comes. */
    void startTicker(@Observes @Initialized(ApplicationScoped.class) Object started, JobTicker ticker) {
        // Injecting the ticker is what starts it.
    }
}
