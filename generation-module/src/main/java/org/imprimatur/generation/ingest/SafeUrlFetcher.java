package org.imprimatur.generation.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpStatus;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.imprimatur.generation.ingest.CheckedDnsResolver.RefusedAddressException;
import org.imprimatur.generation.ingest.SourceRejectedException.Reason;

/**
 * Fetches a URL an editor attached, without letting it reach the server's own network: only http and https, only
 * addresses the {@link AddressPolicy} allows, checked for the URL, every redirect and every address a host resolves
 * to (the client connects only to addresses that were checked, see {@link CheckedDnsResolver}), within
 * {@link FetchLimits} on redirects, size and time. Redirects are followed here, one checked step at a time, not by
 * the HTTP client. No proxy is used, no cookies are kept, and no credentials are sent.
 *
 * <p>Thread-safe; one instance serves all requests. {@link #close()} releases its connections and timer thread.
 */
public final class SafeUrlFetcher implements AutoCloseable {

    private static final int BUFFER = 64 * 1024;

    private final FetchLimits limits;
    private final AddressPolicy policy;
    private final CloseableHttpClient client;
    private final ScheduledExecutorService deadlines;

    public SafeUrlFetcher(FetchLimits limits, AddressPolicy policy) {
        this(limits, policy, SystemDefaultDnsResolver.INSTANCE::resolve);
    }

    /** With the given host lookup in place of the system's: for tests that must not depend on real DNS. */
    SafeUrlFetcher(FetchLimits limits, AddressPolicy policy, CheckedDnsResolver.Lookup lookup) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new CheckedDnsResolver(policy, lookup))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(limits.connectTimeout()))
                                .setSocketTimeout(Timeout.of(limits.totalTimeout()))
                                .build())
                        .build())
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent("Imprimatur source fetcher")
                .build();
        this.deadlines = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "imprimatur-fetch-deadlines");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Fetches the URL, following up to {@code maxRedirects} redirects.
     *
     * @throws SourceRejectedException {@code URL_REFUSED} when the URL, a redirect or an address is not allowed or
     *                                 there are too many redirects; {@code TOO_LARGE} for a body past the limit;
     *                                 {@code URL_UNREACHABLE} when the host is unknown, does not answer in time, or
     *                                 answers with an error
     */
    public FetchedDocument fetch(URI url) throws SourceRejectedException {
        Objects.requireNonNull(url, "url");
        refuseIfNotAllowed(url, "Cannot fetch " + url + ": ");
        long deadline = System.nanoTime() + limits.totalTimeout().toNanos();
        URI current = url;
        for (int redirects = 0; ; redirects++) {
            Step step = get(url, current, deadline);
            if (step.document != null) {
                return step.document;
            }
            if (redirects == limits.maxRedirects()) {
                throw new SourceRejectedException(Reason.URL_REFUSED, "Cannot fetch " + url + ": it redirects more than "
                        + limits.maxRedirects() + " times");
            }
            refuseIfNotAllowed(step.redirect, "Cannot fetch " + url + ": it redirects to " + step.redirect + ", and ");
            current = step.redirect;
        }
    }

    /** One request: the document, or where it redirects to. */
    private record Step(FetchedDocument document, URI redirect) {
    }

    private Step get(URI original, URI url, long deadline) throws SourceRejectedException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw timedOut(original);
        }
        HttpGet request = new HttpGet(url);
        ScheduledFuture<?> alarm = deadlines.schedule(request::cancel, remaining, TimeUnit.NANOSECONDS);
        try (ClassicHttpResponse response = client.executeOpen(null, request, null)) {
            int status = response.getCode();
            if (isRedirect(status)) {
                return new Step(null, redirectTarget(original, url, response));
            }
            if (status < HttpStatus.SC_SUCCESS || status >= HttpStatus.SC_REDIRECTION) {
                throw new SourceRejectedException(Reason.URL_UNREACHABLE, "Cannot fetch " + original + ": " + url
                        + " answered " + status + (response.getReasonPhrase() == null ? "" : " " + response.getReasonPhrase()));
            }
            byte[] body = readBody(original, request, response.getEntity());
            Header type = response.getFirstHeader(HttpHeaders.CONTENT_TYPE);
            return new Step(new FetchedDocument(url, type == null ? "" : type.getValue(), body, fileName(url)), null);
        } catch (IOException e) {
            throw failure(original, e, request.isCancelled()); // only the deadline's alarm cancels without throwing
        } finally {
            alarm.cancel(false);
        }
    }

    private URI redirectTarget(URI original, URI url, ClassicHttpResponse response) throws SourceRejectedException {
        Header location = response.getFirstHeader(HttpHeaders.LOCATION);
        if (location == null) {
            throw new SourceRejectedException(Reason.URL_UNREACHABLE, "Cannot fetch " + original + ": " + url
                    + " redirects without saying where to");
        }
        try {
            return url.resolve(new URI(location.getValue()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new SourceRejectedException(Reason.URL_REFUSED, "Cannot fetch " + original + ": it redirects to "
                    + "an invalid URL " + location.getValue(), e);
        }
    }

    /** Reads at most {@code maxBytes}; a body past them is cut off there, its connection dropped, not drained. */
    private byte[] readBody(URI original, HttpGet request, HttpEntity entity) throws IOException, SourceRejectedException {
        if (entity == null) {
            return new byte[0];
        }
        long max = limits.maxBytes();
        if (entity.getContentLength() > max) {
            request.cancel();
            throw tooLarge(original, " (it declares " + Sizes.describe(entity.getContentLength()) + ")");
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream((int) Math.min(Math.max(entity.getContentLength(), BUFFER), max));
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = entity.getContent()) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                if (body.size() + (long) n > max) {
                    request.cancel();
                    throw tooLarge(original, "");
                }
                body.write(buffer, 0, n);
            }
        }
        return body.toByteArray();
    }

    private void refuseIfNotAllowed(URI url, String context) throws SourceRejectedException {
        Optional<String> refusal = policy.refusal(url);
        if (refusal.isPresent()) {
            throw new SourceRejectedException(Reason.URL_REFUSED, context + refusal.get());
        }
    }

    private SourceRejectedException failure(URI original, IOException e, boolean deadlinePassed) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RefusedAddressException refused) {
                return new SourceRejectedException(Reason.URL_REFUSED, "Cannot fetch " + original + ": "
                        + refused.getMessage(), e);
            }
        }
        if (deadlinePassed) {
            return timedOut(original);
        }
        if (e instanceof UnknownHostException) {
            return new SourceRejectedException(Reason.URL_UNREACHABLE, "Cannot fetch " + original + ": host "
                    + e.getMessage() + " is unknown", e);
        }
        return new SourceRejectedException(Reason.URL_UNREACHABLE, "Cannot fetch " + original + ": " + e.getMessage(), e);
    }

    private SourceRejectedException timedOut(URI original) {
        return new SourceRejectedException(Reason.URL_UNREACHABLE, "Cannot fetch " + original + ": no complete answer within "
                + Sizes.describe(limits.totalTimeout()));
    }

    private SourceRejectedException tooLarge(URI original, String detail) {
        return new SourceRejectedException(Reason.TOO_LARGE, "Cannot fetch " + original + ": it is larger than the "
                + Sizes.describe(limits.maxBytes()) + " allowed" + detail);
    }

    private static boolean isRedirect(int status) {
        return status == HttpStatus.SC_MOVED_PERMANENTLY || status == HttpStatus.SC_MOVED_TEMPORARILY
                || status == HttpStatus.SC_SEE_OTHER || status == HttpStatus.SC_TEMPORARY_REDIRECT
                || status == HttpStatus.SC_PERMANENT_REDIRECT;
    }

    /** The last non-empty path segment, decoded; the host when there is none. */
    static String fileName(URI url) {
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        String[] segments = path.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            if (!segments[i].isEmpty()) {
                return URLDecoder.decode(segments[i].replace("+", "%2B"), StandardCharsets.UTF_8);
            }
        }
        return url.getHost();
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
        deadlines.shutdownNow();
    }
}
