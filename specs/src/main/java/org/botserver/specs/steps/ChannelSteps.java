package org.botserver.specs.steps;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import org.botserver.domain.channel.Channel;

/**
 * The steps for WhatsApp and Telegram users talking to the last deployed bot: their messages go in as the channel's
 * webhook takes them, and the checks read what the bot sent them (in-process as the channel sender got it, remote
 * as a fake provider received it, rendered as buttons, lists or an inline keyboard).
 */
public class ChannelSteps {

    private final ChannelChat chat;

    public ChannelSteps(Conversation conversation) {
        this.chat = new ChannelChat(conversation);
    }

    @ParameterType("WhatsApp|Telegram")
    public Channel channel(String name) {
        return Channel.ofKey(name);
    }

    @When("the {channel} user {string} says {string}")
    public void theUserSays(Channel channel, String user, String text) {
        chat.says(channel, user, text, true);
    }

    /** A delivery the provider did not sign (WhatsApp: a wrong X-Hub-Signature-256; Telegram: a wrong secret token). */
    @When("the {channel} user {string} says {string} with a bad signature")
    public void theUserSaysWithABadSignature(Channel channel, String user, String text) {
        chat.says(channel, user, text, false);
    }

    @When("the {channel} user {string} presses {string}")
    public void theUserPresses(Channel channel, String user, String label) {
        chat.presses(channel, user, label);
    }

    @When("the provider delivers the last message of the {channel} user {string} again")
    public void theProviderDeliversTheLastMessageAgain(Channel channel, String user) {
        chat.deliveredAgain(channel, user);
    }

    /** One column of texts: the bot's next messages to the user, in order (a menu's text for a menu). */
    @Then("the bot sends to the {channel} user {string}:")
    public void theBotSendsTo(Channel channel, String user, List<String> texts) {
        chat.expectSent(channel, user, texts);
    }

    /** The labels of the choices on the last message checked: WhatsApp buttons or list rows, Telegram keys. */
    @Then("the bot offers the buttons:")
    public void theBotOffersTheButtons(List<String> labels) {
        chat.expectButtons(labels);
    }
}
