package org.botserver.application.http;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a server answered: the status code with its reason, the content type and the whole (size-capped) body. */
public record FetchResponse(int status, String reason, String contentType, byte[] body) {

    private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset=\"?([^\";\\s]+)");

    public FetchResponse {
        if (status < 100 || status > 999) throw new IllegalArgumentException("not an HTTP status: " + status);
        reason = reason == null ? "" : reason;
        contentType = contentType == null ? "" : contentType;
        body = Objects.requireNonNull(body, "body").clone();
    }

    public boolean successful() {
        return status >= 200 && status < 300;
    }

    /** application/json and the +json types (application/problem+json...). */
    public boolean isJson() {
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.endsWith("+json");
    }

    /** The body as text in the charset the content type names, UTF-8 when it names none or one unknown here. */
    public String text() {
        Matcher m = CHARSET.matcher(contentType);
        Charset charset = StandardCharsets.UTF_8;
        try {
            if (m.find() && Charset.isSupported(m.group(1))) charset = Charset.forName(m.group(1));
        } catch (IllegalArgumentException notACharsetName) {
            // A malformed charset name reads as UTF-8, like an unknown one.
        }
        return new String(body, charset);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FetchResponse other && status == other.status && reason.equals(other.reason)
                && contentType.equals(other.contentType) && Arrays.equals(body, other.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, reason, contentType, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return status + " " + reason + " (" + contentType + ", " + body.length + " bytes)";
    }
}
