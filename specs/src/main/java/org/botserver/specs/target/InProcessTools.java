package org.botserver.specs.target;

import java.util.List;
import org.botserver.adapter.out.llm.script.GraalJsScriptSandbox;
import org.botserver.adapter.out.llm.script.SandboxLimits;
import org.botserver.adapter.out.persistence.caffeine.InProcessCache;
import org.botserver.adapter.out.storage.http.AllowedHosts;
import org.botserver.adapter.out.storage.http.HttpClientSettings;
import org.botserver.adapter.out.storage.http.OkHttpFetcher;
import org.botserver.application.capability.CapabilityHandler;
import org.botserver.application.http.HttpKeywordsHandler;
import org.botserver.application.script.RunJavaScriptHandler;

/**
 * The tools a dialog reaches beyond the conversation, as the server has them: the HTTP keywords on the guarded
 * client (private and loopback addresses refused unless {@code -Dbotserver.http.allowed.hosts} lists them, e.g. a
 * bot team's local mock API) and RUN JAVASCRIPT and .js tools in the GraalJS sandbox, with the server's limits.
 */
final class InProcessTools implements AutoCloseable {

    static final String ALLOWED_HOSTS_PROPERTY = "botserver.http.allowed.hosts";

    private final OkHttpFetcher fetcher;
    private final GraalJsScriptSandbox sandbox = new GraalJsScriptSandbox(SandboxLimits.defaults());
    private final HttpKeywordsHandler http;

    InProcessTools() {
        HttpClientSettings defaults = HttpClientSettings.defaults();
        this.fetcher = OkHttpFetcher.create(new HttpClientSettings(defaults.timeout(), defaults.maxResponseBytes(),
                defaults.maxRedirects(), AllowedHosts.parse(System.getProperty(ALLOWED_HOSTS_PROPERTY, ""))));
        // SET HEADER keeps a conversation's headers in the cache, as the server does in its own.
        this.http = new HttpKeywordsHandler(fetcher, InProcessCache.create());
    }

    /** GET and DELETE of a URL come through the session GET and the table DELETE, which are handed this. */
    HttpKeywordsHandler http() {
        return http;
    }

    /** The handlers the capability registry collects: POST, PUT, PATCH, SET HEADER and RUN JAVASCRIPT. */
    List<CapabilityHandler> handlers() {
        return List.of(http, new RunJavaScriptHandler(sandbox));
    }

    @Override
    public void close() {
        sandbox.close();
        fetcher.close();
    }
}
