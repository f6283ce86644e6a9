package org.botserver.adapter.out.storage.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Proxy;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.botserver.application.http.HttpFetchException;

/**
 * An OkHttp client that only reaches public addresses, checked on what each host resolves to and again on the
 * address each socket connects to, on every redirect hop (followed here, at most {@code maxRedirects}); the whole
 * fetch is bounded by one timeout and the body by a size cap, never buffered past it. Hosts on the allow-list skip
 * the address check. Reusable by anything in this module that reads remote resources.
 */
public final class GuardedHttpClient implements AutoCloseable {

    /** A whole answer: status, reason, content type, body, and the URL it finally came from. */
    public record Answer(int status, String reason, String contentType, byte[] body, HttpUrl url) {
    }

    private final HttpClientSettings settings;
    private final OkHttpClient trusted;
    private final OkHttpClient guarded;

    public static GuardedHttpClient create(HttpClientSettings settings) {
        return new GuardedHttpClient(settings, Dns.SYSTEM);
    }

    GuardedHttpClient(HttpClientSettings settings, Dns resolver) {
        this.settings = settings;
        PublicAddressGuard guard = new PublicAddressGuard();
        // No proxy (a system proxy would connect on the bot's behalf, past the guard), no redirects (followed by hand
        // so every hop is checked and counted), no cookies (bots must not share a jar).
        this.trusted = new OkHttpClient.Builder().proxy(Proxy.NO_PROXY).dns(resolver)
                .followRedirects(false).followSslRedirects(false)
                .connectTimeout(settings.timeout()).readTimeout(settings.timeout()).writeTimeout(settings.timeout())
                .build();
        // A different Dns and SocketFactory make a different OkHttp Address, so the two never share a connection.
        this.guarded = trusted.newBuilder().dns(new GuardedDns(resolver, guard)).socketFactory(new GuardedSocketFactory(guard)).build();
    }

    /**
     * Sends the request and reads the answer, whatever its status.
     *
     * @throws HttpFetchException with a plain reason when no whole answer could be had
     */
    public Answer fetch(String method, HttpUrl url, Map<String, String> headers, byte[] body, String contentType) {
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        Hop hop = Hop.first(method, url, headers, body, contentType);
        for (int redirects = 0; ; redirects++) {
            try (Response response = call(hop, deadline).execute()) {
                Optional<HttpUrl> next = Redirects.target(response, url);
                if (next.isEmpty()) return new Answer(response.code(), response.message(),
                        response.header("Content-Type", ""), BodyReader.read(response, settings.maxResponseBytes(), url), hop.url());
                if (redirects == settings.maxRedirects()) {
                    throw new HttpFetchException(url + " redirected more than " + settings.maxRedirects() + " times.");
                }
                hop = hop.redirectedTo(next.get(), response.code());
            } catch (IOException e) {
                throw new HttpFetchException(reason(e, url), e);
            }
        }
    }

    private Call call(Hop hop, long deadline) throws InterruptedIOException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) throw new InterruptedIOException("timeout");
        OkHttpClient client = settings.allowedHosts().permits(hop.url()) ? trusted : guarded;
        Call call = client.newCall(hop.request());
        call.timeout().timeout(remaining, TimeUnit.NANOSECONDS);
        return call;
    }

    private String reason(IOException e, HttpUrl url) {
        Optional<AddressRefusedException> refused = Failures.find(e, AddressRefusedException.class);
        if (refused.isPresent()) return refused.get().getMessage();
        if (e instanceof InterruptedIOException) {
            Duration limit = settings.timeout();
            return url + " did not answer within " + (limit.toMillisPart() == 0 ? limit.toSeconds() + " seconds." : limit.toMillis() + " ms.");
        }
        if (e instanceof UnknownHostException) return "the host " + url.host() + " could not be found.";
        return url + " could not be reached (" + e.getMessage() + ").";
    }

    @Override
    public void close() {
        trusted.dispatcher().executorService().shutdown();
        trusted.connectionPool().evictAll();
        guarded.connectionPool().evictAll();
    }
}
