package org.imprimatur.generation.ingest;

import static org.imprimatur.generation.ingest.SourceRejectedException.Reason.TOO_LARGE;
import static org.imprimatur.generation.ingest.SourceRejectedException.Reason.URL_REFUSED;
import static org.imprimatur.generation.ingest.SourceRejectedException.Reason.URL_UNREACHABLE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import org.imprimatur.generation.ingest.SourceRejectedException.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetcher against a real HTTP server on 127.0.0.1, with loopback allowed unless a test says otherwise. */
class SafeUrlFetcherTest {

    private static final byte[] PAGE = TestFiles.html("Harbour reopens", TestFiles.SENTENCE);
    private static final long KB = 1024;

    private HttpServer server;
    private ExecutorService serverThreads;
    private final AtomicInteger requests = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch endlessBodyStopped = new CountDownLatch(1);
    private final AtomicLong endlessBytesWritten = new AtomicLong();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serverThreads = Executors.newCachedThreadPool();
        server.setExecutor(serverThreads);
        handle("/page.html", exchange -> respond(exchange, 200, "text/html; charset=utf-8", PAGE));
        handle("/chain/", exchange -> {
            int left = Integer.parseInt(exchange.getRequestURI().getPath().substring("/chain/".length()));
            redirect(exchange, left == 0 ? "/page.html" : "/chain/" + (left - 1));
        });
        handle("/to-metadata", exchange -> redirect(exchange, "http://169.254.169.254/latest/meta-data/"));
        handle("/to-private", exchange -> redirect(exchange, "http://10.0.0.1/"));
        handle("/to-metadata-name", exchange -> redirect(exchange, "http://metadata.google.internal/computeMetadata/v1/"));
        handle("/to-ftp", exchange -> redirect(exchange, "ftp://files.example.org/report.pdf"));
        handle("/missing", exchange -> respond(exchange, 404, "text/plain", TestFiles.utf8("not here")));
        handle("/declared-huge", exchange -> {
            exchange.sendResponseHeaders(200, 64 * 1024 * KB);
            writeUntilTheClientLeaves(exchange, new AtomicLong());
        });
        handle("/endless", exchange -> {
            exchange.sendResponseHeaders(200, 0); // chunked, no length declared
            writeUntilTheClientLeaves(exchange, endlessBytesWritten);
            endlessBodyStopped.countDown();
        });
        handle("/slow", exchange -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(exchange, 200, "text/plain", TestFiles.utf8("too late"));
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        release.countDown();
        server.stop(0);
        serverThreads.shutdownNow();
    }

    private void handle(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            requests.incrementAndGet();
            try (exchange) {
                handler.handle(exchange);
            }
        });
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    private static void writeUntilTheClientLeaves(HttpExchange exchange, AtomicLong written) {
        byte[] chunk = new byte[64 * (int) KB];
        try (OutputStream body = exchange.getResponseBody()) {
            while (!Thread.currentThread().isInterrupted()) {
                body.write(chunk);
                written.addAndGet(chunk.length);
            }
        } catch (IOException clientLeft) {
            // what these handlers wait for
        }
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static FetchLimits limits(int maxRedirects, long maxBytes, Duration total) {
        return new FetchLimits(maxRedirects, maxBytes, Duration.ofSeconds(5), total);
    }

    private static SourceRejectedException refused(Reason reason, SafeUrlFetcher fetcher, URI url) {
        SourceRejectedException e = assertThrows(SourceRejectedException.class, () -> fetcher.fetch(url));
        assertEquals(reason, e.reason(), e.getMessage());
        return e;
    }

    private static void assertMentions(SourceRejectedException e, String words) {
        assertTrue(e.getMessage().contains(words), () -> "'" + e.getMessage() + "' should mention '" + words + "'");
    }

    @Test
    void aPageIsFetchedWithItsTypeAndName() throws Exception {
        try (SafeUrlFetcher fetcher = new SafeUrlFetcher(FetchLimits.defaults(), AddressPolicy.allowingLoopback())) {
            FetchedDocument page = fetcher.fetch(url("/page.html"));

            assertArrayEquals(PAGE, page.bytes());
            assertEquals(url("/page.html"), page.finalUrl());
            assertEquals("text/html; charset=utf-8", page.contentType());
            assertEquals("page.html", page.fileName());
        }
    }

    @Test
    void redirectsWithinTheLimitAreFollowedAndTheFinalUrlReported() throws Exception {
        try (SafeUrlFetcher fetcher = new SafeUrlFetcher(FetchLimits.defaults(), AddressPolicy.allowingLoopback())) {
            FetchedDocument page = fetcher.fetch(url("/chain/4")); // five redirects: /chain/3 … /chain/0, /page.html

            assertEquals(url("/page.html"), page.finalUrl());
            assertArrayEquals(PAGE, page.bytes());
        }
    }

    @Test
    void aRedirectChainLongerThanTheLimitIsRefused() {
        try (SafeUrlFetcher fetcher = new SafeUrlFetcher(FetchLimits.defaults(), AddressPolicy.allowingLoopback())) {
            assertMentions(refused(URL_REFUSED, fetcher, url("/chain/5")), "redirects more than 5 times");
            assertEquals(6, requests.get());
        }
    }

    @Test
    void aBodyPastTheLimitIsRefusedWithoutReadingItAll() throws InterruptedException {
        try (SafeUrlFetcher fetcher = new SafeUrlFetcher(limits(5, 256 * KB, Duration.ofSeconds(30)),
                AddressPolicy.allowingLoopback())) {
            assertMentions(refused(TOO_LARGE, fetcher, url("/endless")), "larger than the 256 KB allowed");
        }
        // The body never ends; the server stops writing only because the client dropped the connection.
        assertTrue(endlessBodyStopped.await(30, TimeUnit.SECONDS), "the server should see the client leave");
        assertTrue(endlessBytesWritten.get() < 64 * 1024 * KB, "written: " + endlessBytesWritten.get());
    }

    @Test
    void aBodyDeclaredLargerThanTheLimitIsRefusedBeforeReading() {
        try (SafeUrlFetcher fetcher = new SafeUrlFetcher(limits(5, 256 * KB, Duration.ofSeconds(30)),
                AddressPolicy.allowingLoopback())) {
            assertMentions(refused(TOO_LARGE, fetcher, url("/declared-huge")), "declares 64 MB");
        }
    }

    @Test
    void aServerTooSlowForTheTotalTimeoutIsUnreachable() {
        try (SafeUrlFetcher fetcher = new SafeUrlFetcher(limits(5, 256 * KB, Duration.ofMillis(300)),
                AddressPolicy.allowingLoopback())) {
            assertMentions(refused(URL_UNREACHABLE, fetcher, url("/slow")), "no complete answer within 300 ms");
        } finally {
            release.countDown();
        }
    }

    @Test
    void aRedirectToTheMetadataServiceIsRefusedBeforeConnecting() {
        try (SafeUrlFetcher fetcher = new SafeUrlFetcher(FetchLimits.defaults(), AddressPolicy.allowingLoopback())) {
            SourceRejectedException e = refused(URL_REFUSED, fetcher, url("/to-metadata"));

            assertMentions(e, "it redirects to http://169.254.169.254/latest/meta-data/");
            assertMentions(e, "its host is a cloud metadata address 169.254.169.254");
        }
    }

    @Test
    void aRedirectToAPrivateAddressIsRefusedBeforeConnecting() {
        try (SafeUrlFetcher fetcher = new SafeUrlFetcher(FetchLimits.defaults(), AddressPolicy.allowingLoopback())) {
            assertMentions(refused(URL_REFUSED, fetcher, url("/to-private")), "its host is a private address 10.0.0.1");
        }
    }

    @Test
    void aRedirectToTheMetadataHostNameIsRefusedBeforeLookingItUp() {
        try (SafeUrlFetcher fetcher = new SafeUrlFetcher(FetchLimits.defaults(), AddressPolicy.allowingLoopback())) {
            assertMentions(refused(URL_REFUSED, fetcher, url("/to-metadata-name")),
                    "metadata.google.internal is a cloud metadata host");
        }
    }

    @Test
    void aRedirectToAnotherSchemeIsRefused() {
        try (SafeUrlFetcher fetcher = new SafeUrlFetcher(FetchLimits.defaults(), AddressPolicy.allowingLoopback())) {
            assertMentions(refused(URL_REFUSED, fetcher, url("/to-ftp")), "scheme ftp is not allowed");
        }
    }

    @Test
    void anErrorStatusIsUnreachable() {
        try (SafeUrlFetcher fetcher = new SafeUrlFetcher(FetchLimits.defaults(), AddressPolicy.allowingLoopback())) {
            assertMentions(refused(URL_UNREACHABLE, fetcher, url("/missing")), "answered 404");
        }
    }

    @Test
    void withPublicInternetOnlyTheLoopbackServerIsNeverAsked() {
        try (SafeUrlFetcher fetcher = new SafeUrlFetcher(FetchLimits.defaults(), AddressPolicy.publicInternetOnly())) {
            assertMentions(refused(URL_REFUSED, fetcher, url("/page.html")), "its host is a loopback address 127.0.0.1");

            URI byName = URI.create("http://localhost:" + server.getAddress().getPort() + "/page.html");
            assertMentions(refused(URL_REFUSED, fetcher, byName), "localhost resolves to a loopback address");
        }
        assertEquals(0, requests.get());
    }

    @Test
    void theClientConnectsToTheAddressTheCheckedResolverGave() throws Exception {
        CheckedDnsResolver.Lookup zone = host -> {
            if (host.equals("news.example")) {
                return new InetAddress[] {InetAddress.getLoopbackAddress()};
            }
            throw new UnknownHostException(host);
        };
        try (SafeUrlFetcher fetcher = new SafeUrlFetcher(FetchLimits.defaults(), AddressPolicy.allowingLoopback(), zone)) {
            URI url = URI.create("http://news.example:" + server.getAddress().getPort() + "/page.html");

            assertArrayEquals(PAGE, fetcher.fetch(url).bytes());
            assertMentions(refused(URL_UNREACHABLE, fetcher, URI.create("http://elsewhere.example/")), "unknown");
        }
    }

    @Test
    void aHostResolvingToAPrivateAddressIsRefusedWhenConnecting() {
        CheckedDnsResolver.Lookup zone = host -> new InetAddress[] {InetAddress.getByAddress(host, new byte[] {10, 0, 0, 5})};
        try (SafeUrlFetcher fetcher = new SafeUrlFetcher(FetchLimits.defaults(), AddressPolicy.allowingLoopback(), zone)) {
            assertMentions(refused(URL_REFUSED, fetcher, URI.create("http://intranet.example/")),
                    "intranet.example resolves to a private address 10.0.0.5");
        }
    }

    @Test
    void theFileNameIsTheLastPathSegmentOrTheHost() {
        assertEquals("annual report.pdf", SafeUrlFetcher.fileName(URI.create("https://news.example/files/annual%20report.pdf")));
        assertEquals("story", SafeUrlFetcher.fileName(URI.create("https://news.example/2026/story/")));
        assertEquals("news.example", SafeUrlFetcher.fileName(URI.create("https://news.example/")));
    }
}
