package org.botserver.bootstrap.knowledge;

import java.util.List;
import java.util.Map;

/** A small shop knowledge base and questions in customers' own words, each labelled with the document answering it. */
final class LabelledQuestions {

    record Question(String text, String expectedDocument) {
    }

    static final Map<String, String> DOCUMENTS = Map.ofEntries(
            Map.entry("returns.md", "# Returns\nYou can send any product back within 30 days of delivery. Use the prepaid label in the box; items must be unused."),
            Map.entry("refunds.md", "# Refunds\nOnce the returned item arrives at our warehouse, the money goes back to your original payment method within 5 business days."),
            Map.entry("shipping.md", "# Delivery times\nStandard delivery takes 3 to 5 working days on the mainland. Express delivery arrives the next day if ordered before 2 pm."),
            Map.entry("international.md", "# Shipping abroad\nWe ship to every country in the European Union. Customs duties for other countries are paid by the recipient."),
            Map.entry("payment.md", "# Paying\nWe accept Visa, Mastercard, PayPal and bank transfer. Cash on delivery is not available."),
            Map.entry("warranty.md", "# Warranty\nAll electronics carry a two-year warranty against manufacturing defects. Damage from drops or water is not covered."),
            Map.entry("stores.md", "# Our stores\nThe Lisbon store on Rua Augusta opens 10:00 to 20:00 Monday to Saturday. The Porto store is closed on Sundays."),
            Map.entry("account.md", "# Your account\nTo reset your password, click 'Forgot password' on the sign-in page and follow the link we email you."),
            Map.entry("gift-cards.md", "# Gift cards\nGift cards are valid for one year, can be used online or in store, and cannot be exchanged for cash."),
            Map.entry("loyalty.md", "# Loyalty points\nEvery euro spent earns one point. 100 points give a 5 euro discount on your next order."),
            Map.entry("privacy.md", "# Privacy\nWe keep your personal data only as long as your account is open and never sell it to third parties. Ask us to delete it at any time."),
            Map.entry("sizes.md", "# Size guide\nOur shoes run small: order one size up. Clothing follows standard EU sizes; see the measurement table on each product page."));

    static final List<Question> QUESTIONS = List.of(
            new Question("How long do I have to send something back?", "returns.md"),
            new Question("Can I return a product I already used?", "returns.md"),
            new Question("When will I get my money back?", "refunds.md"),
            new Question("How many days until the refund reaches my card?", "refunds.md"),
            new Question("How long does delivery take?", "shipping.md"),
            new Question("If I order this morning, can it arrive tomorrow?", "shipping.md"),
            new Question("Do you send orders to Germany?", "international.md"),
            new Question("Who pays import taxes when shipping to the USA?", "international.md"),
            new Question("Can I pay with PayPal?", "payment.md"),
            new Question("Is it possible to pay cash when the parcel arrives?", "payment.md"),
            new Question("My headphones stopped working after a year, are they covered?", "warranty.md"),
            new Question("I dropped my phone in water, will the guarantee fix it?", "warranty.md"),
            new Question("What time does the Lisbon shop open?", "stores.md"),
            new Question("Is the Porto store open on Sunday?", "stores.md"),
            new Question("I forgot my password, what do I do?", "account.md"),
            new Question("How can I sign in if I can't remember my login details?", "account.md"),
            new Question("Until when can I use a gift card?", "gift-cards.md"),
            new Question("Can I swap a gift voucher for money?", "gift-cards.md"),
            new Question("How do I earn points when I buy?", "loyalty.md"),
            new Question("What discount do 100 points give me?", "loyalty.md"),
            new Question("Do you sell my personal information?", "privacy.md"),
            new Question("How do I get my data erased?", "privacy.md"),
            new Question("Should I pick a bigger size for shoes?", "sizes.md"),
            new Question("Where can I find the measurements for a jacket?", "sizes.md"));

    private LabelledQuestions() {
    }
}
