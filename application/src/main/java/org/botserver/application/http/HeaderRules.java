package org.botserver.application.http;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.Value;

/** The rules a SET HEADER must pass, one named policy each, so the refusal says which one it broke. */
final class HeaderRules {

    /** A header as it will be sent; an empty value removes it. */
    record Header(String name, String value) {
    }

    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Pattern VISIBLE = Pattern.compile("[\\t\\x20-\\x7e]*");
    // The client computes these from the request itself; a dialog setting them would corrupt the request, and an
    // Accept-Encoding of its own would leave a compressed answer undecoded (and its size cap meaningless).
    private static final Set<String> COMPUTED = Set.of("host", "content-length", "transfer-encoding", "connection",
            "accept-encoding");

    static final List<Function<Header, Optional<String>>> POLICIES = List.of(
            h -> TOKEN.matcher(h.name()).matches() ? Optional.empty()
                    : Optional.of("\"" + h.name() + "\" is not a header name (letters, digits and - only, like \"X-Api-Key\")."),
            h -> COMPUTED.contains(h.name().toLowerCase(Locale.ROOT)) ? Optional.of("the header " + h.name()
                    + " is set by the server for each request and cannot be set by a dialog.") : Optional.empty(),
            h -> VISIBLE.matcher(h.value()).matches() ? Optional.empty() : Optional.of("the value of the header "
                    + h.name() + " may hold only printable ASCII characters on one line."));

    private HeaderRules() {
    }

    /** @throws IllegalArgumentException naming the first rule the header breaks */
    static Header check(String name, Value value) {
        Header header = new Header(name.strip(), value instanceof NullValue ? "" : value.asText().strip());
        for (Function<Header, Optional<String>> policy : POLICIES) {
            Optional<String> broken = policy.apply(header);
            if (broken.isPresent()) throw new IllegalArgumentException(broken.get());
        }
        return header;
    }
}
