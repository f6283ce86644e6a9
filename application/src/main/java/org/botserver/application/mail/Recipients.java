package org.botserver.application.mail;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.jmolecules.ddd.annotation.ValueObject;

/** The addresses one mail goes to: 1 to {@value #MAX} well-formed e-mail addresses. */
@ValueObject
public record Recipients(List<String> addresses) {

    public static final int MAX = 50;
    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@(([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)\\.)+[A-Za-z]{2,63}");
    private static final Pattern SEPARATORS = Pattern.compile("[,;]");

    public Recipients {
        addresses = List.copyOf(addresses);
        if (addresses.isEmpty()) throw new IllegalArgumentException("a mail needs at least one recipient.");
        if (addresses.size() > MAX) {
            throw new IllegalArgumentException("a mail goes to at most " + MAX + " recipients, not " + addresses.size() + ".");
        }
        for (String address : addresses) {
            if (!isAddress(address)) throw new IllegalArgumentException("'" + address + "' is not an e-mail address.");
        }
    }

    /** Addresses separated by commas or semicolons ("ana@example.com, bob@example.com"). */
    public static Recipients parse(String text) {
        return new Recipients(Arrays.stream(SEPARATORS.split(text == null ? "" : text))
                .map(String::strip).filter(address -> !address.isEmpty()).toList());
    }

    /** Whether the text is one e-mail address (a local part, "@", and a domain with a dot). */
    public static boolean isAddress(String text) {
        int at = text.lastIndexOf('@');
        return text.length() <= 254 && at > 0 && at <= 64 && ADDRESS.matcher(text).matches();
    }

    @Override
    public String toString() {
        return String.join(", ", addresses);
    }
}
