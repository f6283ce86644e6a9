package org.botserver.domain.basic.hear;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;

/** HEAR types for ways to reach someone: MOBILE (international digits), ZIPCODE (US or Brazilian) and URL. */
final class ContactTypes {

    private static final Pattern PHONE = Pattern.compile("\\+?\\d{8,15}");
    private static final Pattern US_ZIP = Pattern.compile("(\\d{5})(?:-?(\\d{4}))?");
    private static final Pattern BR_CEP = Pattern.compile("(\\d{2})\\.?(\\d{3})-?(\\d{3})");
    private static final Pattern HOST = Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}|localhost");

    private ContactTypes() {
    }

    static List<HearType> all() {
        return List.of(
                new HearType("MOBILE", List.of("PHONE", "CELLPHONE", "TELEFONE", "CELULAR"),
                        "Please enter a phone number with 8 to 15 digits, like +55 21 98765-4321.",
                        (answer, clock) -> mobile(answer)),
                new HearType("ZIPCODE", List.of("ZIP", "CEP", "POSTALCODE"),
                        "Please enter a ZIP code, like 90210, 90210-1234 or 01310-100.",
                        (answer, clock) -> zipcode(answer)),
                new HearType("URL", List.of("LINK", "WEBSITE"), "Please enter a web address, like https://example.com.",
                        (answer, clock) -> url(answer)));
    }

    /** Keeps the digits with a leading +; an international 00 prefix becomes +. */
    private static Optional<Value> mobile(String answer) {
        String compact = answer.replaceAll("[\\s\\u00A0().\\-/]", "");
        if (compact.startsWith("00")) compact = "+" + compact.substring(2);
        if (!PHONE.matcher(compact).matches()) return Optional.empty();
        return Optional.of(new TextValue("+" + compact.replace("+", "")));
    }

    /** Five digits (US), five plus four (US ZIP+4), or eight (Brazilian CEP, written 00000-000). */
    private static Optional<Value> zipcode(String answer) {
        String compact = answer.replaceAll("\\s", "");
        Matcher us = US_ZIP.matcher(compact);
        if (us.matches()) return Optional.of(new TextValue(us.group(2) == null ? us.group(1) : us.group(1) + "-" + us.group(2)));
        Matcher br = BR_CEP.matcher(compact);
        if (br.matches()) return Optional.of(new TextValue(br.group(1) + br.group(2) + "-" + br.group(3)));
        return Optional.empty();
    }

    /** An http or https address with a real-looking host; "example.com" gets https:// in front. */
    private static Optional<Value> url(String answer) {
        String candidate = answer.matches("(?i)[a-z][a-z0-9+.-]*://.*") ? answer : "https://" + answer;
        try {
            URI uri = new URI(candidate);
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || !HOST.matcher(host).matches()) return Optional.empty();
            return Optional.of(new TextValue(candidate));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
