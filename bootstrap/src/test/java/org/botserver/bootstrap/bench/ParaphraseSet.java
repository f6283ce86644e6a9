package org.botserver.bootstrap.bench;

import java.util.List;

/** Customer-service questions, each with a paraphrase a user might type instead, and questions none of them answer. */
final class ParaphraseSet {

    private ParaphraseSet() {}

    record Pair(String question, String paraphrase) {}

    static final List<Pair> PAIRS = List.of(
            new Pair("What are your opening hours?", "When are you open?"),
            new Pair("How do I reset my password?", "How can I reset my password?"),
            new Pair("Where is my order?", "Where is my order right now?"),
            new Pair("How long does shipping take?", "How long does delivery take?"),
            new Pair("Do you ship internationally?", "Do you ship to other countries?"),
            new Pair("How can I cancel my subscription?", "How do I cancel my subscription?"),
            new Pair("What payment methods do you accept?", "Which payment methods do you accept?"),
            new Pair("Can I return an item?", "Can I return a product?"),
            new Pair("How do I change my email address?", "How can I change my email address?"),
            new Pair("Is there a student discount?", "Do you offer a student discount?"),
            new Pair("How do I contact customer support?", "How can I contact customer service?"),
            new Pair("What is your refund policy?", "What's your refund policy?"),
            new Pair("Can I change my delivery address?", "Can I change the delivery address of my order?"),
            new Pair("Do you have a mobile app?", "Is there a mobile app?"),
            new Pair("How do I update my billing information?", "How can I update my billing details?"),
            new Pair("What is the warranty on this product?", "What warranty does this product have?"),
            new Pair("How do I track my package?", "How can I track my parcel?"),
            new Pair("Can I pay in installments?", "Can I pay in monthly installments?"),
            new Pair("Where are you located?", "Where is your store located?"),
            new Pair("Do you offer gift cards?", "Do you sell gift cards?"),
            new Pair("How do I delete my account?", "How can I delete my account?"),
            new Pair("Is my personal data safe with you?", "Is my personal data secure with you?"),
            new Pair("What sizes are available?", "Which sizes are available?"),
            new Pair("How much does express shipping cost?", "What does express shipping cost?"),
            new Pair("Can I pick up my order in store?", "Can I collect my order in the store?"),
            new Pair("Why was my card declined?", "Why did my card get declined?"),
            new Pair("How do I apply a discount code?", "How do I use a discount code?"),
            new Pair("Are you hiring?", "Are you hiring right now?"),
            new Pair("How do I change my password?", "How can I change my password?"),
            new Pair("Do you have vegan options?", "Do you have any vegan options?"));

    /** Questions that must not get any of the answers above. */
    static final List<String> UNRELATED = List.of(
            "What is the weather like in Lisbon tomorrow?",
            "Can you recommend a good book about history?",
            "How many calories are in a banana?",
            "Who won the football match yesterday?",
            "Translate good morning into German.",
            "What is the capital of Australia?",
            "How do I bake sourdough bread?",
            "Tell me a joke about cats.",
            "Do you open on Sundays in summer?",
            "How do I reset my router?");
}
