package org.botserver.specs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** A step that does not hold fails its scenario, and the failure shows the whole conversation. */
class FailingStepReportsTheTranscriptTest {

    @Test
    void a_reply_the_bot_did_not_give_fails_with_the_whole_transcript() {
        String message = onlyFailureOf("failing/wrong_greeting.feature");

        assertTrue(message.startsWith("Expected the bot to say\n  \"Schön dich kennenzulernen, Ana!\"\n"
                + "but in its last turn it said\n  \"Nice to meet you, Ana!\""), message);
        assertTrue(message.contains("""
                store):
                  (the user starts a conversation with "greeter")
                  bot:  Hello! I am the greeter.
                  bot:  What is your name?
                  user: Ana
                  bot:  Nice to meet you, Ana!
                  (the conversation is finished)"""), message);
    }

    @Test
    void a_bot_that_does_not_compile_fails_the_deploy_step_with_its_diagnostics() {
        String message = onlyFailureOf("failing/broken_bot.feature");

        assertTrue(message.startsWith("The bot \"broken\" could not be deployed: The bot \"broken\" in "), message);
        assertTrue(message.contains("broken.gbdialog/start.bas:2:"), message);
    }

    @Test
    void a_step_the_library_does_not_know_fails_the_scenario_instead_of_skipping_it() {
        String message = onlyFailureOf("failing/unknown_step.feature");

        assertTrue(message.contains("the bot sings \"la la la\""), message);
    }

    @Test
    void a_channel_message_the_bot_did_not_send_fails_with_what_it_sent_and_the_transcript() {
        String message = onlyFailureOf("failing/wrong_channel_reply.feature");

        assertTrue(message.startsWith("Expected the bot to send the WhatsApp user +15550009\n  \"Olá!\"\nbut it sent\n"
                + "  \"Hello! I am the front desk. What is your name?\""), message);
        assertTrue(message.contains("  user: the WhatsApp user +15550009: hi\n"
                + "  bot:  to the WhatsApp user +15550009: Hello! I am the front desk. What is your name?"), message);
    }

    private static String onlyFailureOf(String feature) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClasspathResource(feature))
                .filters(org.junit.platform.launcher.EngineFilter.includeEngines("cucumber"))
                .configurationParameter("cucumber.glue", "org.botserver.specs.steps")
                .configurationParameter("cucumber.publish.quiet", "true")
                .build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, listener);
        List<TestExecutionSummary.Failure> failures = listener.getSummary().getFailures();
        assertEquals(1, failures.size(), () -> "failures: " + failures);
        return failures.getFirst().getException().getMessage();
    }
}
