package org.botserver.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.botserver.application.bot.BotCatalog;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive means the application answers; it reports how many bots it has loaded. */
@Liveness
@ApplicationScoped
public class BotsLiveness implements HealthCheck {

    @Inject
    BotCatalog bots;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("bots").up().withData("loaded", bots.all().size()).build();
    }
}
