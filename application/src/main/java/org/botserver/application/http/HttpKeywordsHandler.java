package org.botserver.application.http;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.botserver.application.cache.CacheStore;
import org.botserver.application.cache.CacheUnavailableException;
import org.botserver.application.capability.CapabilityHandler;
import org.botserver.domain.basic.runtime.Effect;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.conversation.CapabilityResult;
import org.botserver.domain.conversation.TurnScope;

/**
 * {@code GET url}, {@code POST url, body}, {@code PUT}, {@code PATCH} and {@code DELETE url}, with the headers
 * {@code SET HEADER name, value} gave the conversation. A 2xx answer becomes the keyword's value; any other status,
 * a refused address, a timeout or an oversized answer is a runtime error the dialog may trap (ON ERROR RESUME NEXT).
 * It declares POST, PUT, PATCH and SET HEADER; GET and DELETE of a URL reach it through the handlers owning those
 * keywords for session values and bot tables.
 */
public final class HttpKeywordsHandler implements CapabilityHandler {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final System.Logger LOG = System.getLogger(HttpKeywordsHandler.class.getName());

    private final HttpFetcher fetcher;
    private final ConversationHeaders headers;

    public HttpKeywordsHandler(HttpFetcher fetcher, CacheStore cache) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.headers = new ConversationHeaders(Objects.requireNonNull(cache, "cache"));
    }

    @Override
    public Set<String> keywords() {
        return Set.of("POST", "PUT", "PATCH", "SET HEADER");
    }

    @Override
    public CapabilityResult perform(Effect.Capability capability, TurnScope scope) {
        String keyword = SPACES.matcher(capability.keyword().strip()).replaceAll(" ").toUpperCase(Locale.ROOT);
        List<Value> args = capability.arguments();
        try {
            return switch (keyword) {
                case "SET HEADER" -> setHeader(args, scope);
                case "GET", "DELETE" -> request(HttpMethod.valueOf(keyword), args, 1, scope);
                case "POST", "PUT", "PATCH" -> request(HttpMethod.valueOf(keyword), args, 2, scope);
                default -> throw new IllegalStateException("not an HTTP keyword: " + keyword);
            };
        } catch (IllegalArgumentException e) {
            return new CapabilityResult.Failed(e.getMessage());
        } catch (HttpFetchException e) {
            // Logged even when the dialog traps it: operators see unreachable APIs and refused private addresses.
            LOG.log(Level.INFO, "Bot " + scope.botId() + ": " + keyword + " failed: " + e.getMessage());
            return new CapabilityResult.Failed(e.getMessage());
        } catch (CacheUnavailableException e) {
            LOG.log(Level.WARNING, "Bot " + scope.botId() + ": the headers of SET HEADER are unreachable: " + e.getMessage());
            return new CapabilityResult.Failed("the headers set with SET HEADER could not be reached just now; please try again later.");
        }
    }

    private CapabilityResult setHeader(List<Value> args, TurnScope scope) {
        if (args.size() != 2) throw new IllegalArgumentException("SET HEADER needs a name and a value: SET HEADER \"Authorization\", \"Bearer \" & token.");
        HeaderRules.Header header = HeaderRules.check(args.get(0).asText(), args.get(1));
        headers.set(scope.conversationId(), header.name(), header.value());
        return new CapabilityResult.Performed(NullValue.NULL);
    }

    private CapabilityResult request(HttpMethod method, List<Value> args, int arity, TurnScope scope) {
        if (args.size() != arity) {
            throw new IllegalArgumentException(arity == 1 ? method + " needs one address: " + method + " \"https://example.com/items\"."
                    : method + " needs an address and a body: " + method + " \"https://example.com/items\", item.");
        }
        URI url = address(args.getFirst().asText().strip());
        Map<String, String> sent = headers.of(scope.conversationId());
        FetchRequest request = method.hasBody() ? withBody(method, url, sent, HttpValues.body(args.get(1)))
                : FetchRequest.of(method, url, sent);
        FetchResponse response = fetcher.fetch(request);
        if (!response.successful()) {
            String excerpt = HttpValues.excerpt(response);
            return new CapabilityResult.Failed(url + " answered " + response.status()
                    + (response.reason().isBlank() ? "" : " " + response.reason()) + (excerpt.isEmpty() ? "." : ": " + excerpt));
        }
        return new CapabilityResult.Performed(HttpValues.of(response));
    }

    /** A Content-Type the dialog set wins over the one its body implies. */
    private static FetchRequest withBody(HttpMethod method, URI url, Map<String, String> sent, HttpValues.Body body) {
        String type = sent.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("Content-Type"))
                .map(Map.Entry::getValue).findFirst().orElse(body.contentType());
        return new FetchRequest(method, url, sent, body.bytes(), type);
    }

    private static URI address(String text) {
        try {
            URI url = new URI(text);
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && url.getHost() != null) return url;
        } catch (URISyntaxException e) {
            // Reported below, in the same words as a URL of the wrong kind.
        }
        throw new IllegalArgumentException("\"" + text + "\" is not a web address; write it as \"https://example.com/path\".");
    }
}
