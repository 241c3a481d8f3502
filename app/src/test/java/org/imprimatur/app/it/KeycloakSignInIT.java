package org.imprimatur.app.it;

import static org.imprimatur.app.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.imprimatur.app.it.Api.Answer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Keycloak mode against a real Keycloak with the newsroom realm (the build's {@code it-keycloak} execution):
 * every role works with the bearer token Keycloak issues for it and no other, the workflow finds the realm's users,
 * forged and stale tokens are refused with 401, and a browser signs in through Keycloak's login page and out again.
 */
@ExtendWith({KeycloakUnderTest.class, ArquillianExtension.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeycloakSignInIT {

    private static final String API_AUDIENCE = "newsroom-api";
    private static final String PROMPT_SHA256 = "2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881";
    private static final String DESK = "local";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("imprimatur.it.war")));
    }

    @ArquillianResource
    private URL base;

    /** Browser profiles, one per test that drives Chromium. */
    @TempDir
    static Path profiles;

    private final KeycloakUnderTest keycloak = new KeycloakUnderTest();
    private KeycloakUnderTest.RegisteredKey testKey;
    private OutsideWorld world;
    private Api api;

    @BeforeAll
    void prepare() throws IOException {
        // Registered before the server first reads the realm's keys, so that its cached key set holds this one.
        testKey = keycloak.new RegisteredKey();
        world = new OutsideWorld(OutsideWorld.port());
    }

    @AfterAll
    void cleanUp() {
        world.close();
        testKey.close();
    }

    @BeforeEach
    void connect() {
        api = new Api(base, user -> "Bearer " + keycloak.accessToken(user));
    }

    @Test
    void eachRoleWorksWithItsOwnTokenAndIsRefusedElsewhere() {
        Answer session = api.get("api/v1/session", Users.EDITOR);
        assertEquals(200, session.status(), session.raw().body());
        assertEquals(Users.EDITOR, session.json().getString("user"));
        assertEquals(List.of("editor"), session.json().getJsonArray("roles").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());

        String item = submitted(Users.EDITOR, "Keycloak sign-in " + Users.RUN);
        assertProblem(api.post("api/v1/items/" + item + "/transitions", Users.EDITOR, requestChanges()), 403, null);
        assertProblem(api.post("api/v1/items/" + item + "/transitions", Users.PUBLISHER, requestChanges()), 403, null);
        Answer sentBack = api.post("api/v1/items/" + item + "/transitions", Users.REVIEWER, requestChanges());
        assertEquals(200, sentBack.status(), sentBack.raw().body());
        assertEquals("CHANGES_REQUESTED", sentBack.json().getString("state"));

        assertEquals(200, api.get("api/v1/ledger/verify", Users.COMPLIANCE).status());
        assertProblem(api.get("api/v1/ledger/verify", Users.EDITOR), 403, null);
        assertEquals(200, api.get("api/v1/notifications/deliveries", Users.ADMIN).status());
        assertProblem(api.get("api/v1/notifications/deliveries", Users.REVIEWER), 403, null);
    }

    @Test
    void aCmsSignsInWithItsClientCredentials() {
        Api cms = new Api(base, client -> "Bearer "
                + keycloak.serviceAccountToken("newsroom-cms", "newsroom-cms-development-secret"));
        Answer session = cms.get("api/v1/session", "newsroom-cms");
        assertEquals("service-account-newsroom-cms", session.json().getString("user"), session.raw().body());
        assertEquals(201, cms.post("api/v1/items", "newsroom-cms", item("From the CMS " + Users.RUN)).status());
    }

    @Test
    void theWorkflowFindsTheRealmsUsers() {
        String item = submitted(Users.EDITOR, "Directory " + Users.RUN);
        Answer assigned = api.post("api/v1/items/" + item + "/assignment", Users.ADMIN,
                Json.createObjectBuilder().add("assignee", Users.REVIEWER).build());
        assertEquals(200, assigned.status(), assigned.raw().body());
        assertEquals(Users.REVIEWER, assigned.json().getString("assignee"));
        // dave is in the realm, but no reviewer: the directory knows his roles.
        assertProblem(api.post("api/v1/items/" + item + "/assignment", Users.ADMIN,
                Json.createObjectBuilder().add("assignee", Users.PUBLISHER).build()), 422, "ineligible-assignee");
        assertProblem(api.post("api/v1/items/" + item + "/assignment", Users.ADMIN,
                Json.createObjectBuilder().add("assignee", "nobody-" + Users.RUN).build()), 422, "ineligible-assignee");

        Answer comment = api.post("api/v1/items/" + item + "/comments", Users.REVIEWER, Json.createObjectBuilder()
                .add("text", "@carol please look, and @ghost-" + Users.RUN + " too").build());
        assertEquals(201, comment.status(), comment.raw().body());
        assertEquals(Map.of("carol", true, "ghost-" + Users.RUN, false), comment.json().getJsonArray("mentions")
                .getValuesAs(JsonObject.class).stream().collect(java.util.stream.Collectors.toMap(
                        mention -> mention.getString("user"), mention -> mention.getBoolean("known"))));
    }

    @Test
    void aTokenTheRealmSignedForThisApiIsTakenButOneThingWrongIsRefused() {
        Instant now = Instant.now();
        // The control: the tests' registered key signs a good token, and it is taken.
        assertEquals(200, callWith(testKey.sign(claims(now).build())).status());

        assertRefused(testKey.sign(claims(now).audience("another-api").build()));
        assertRefused(testKey.sign(claims(now).issueTime(Date.from(now.minus(Duration.ofMinutes(20))))
                .expirationTime(Date.from(now.minus(Duration.ofMinutes(10)))).build()));
        assertRefused(testKey.sign(claims(now).issuer(KeycloakUnderTest.url() + "/realms/elsewhere").build()));
        assertRefused(new PlainJWT(claims(now).build()).serialize());
    }

    @Test
    void aRealmTokenWithItsPayloadChangedIsRefused() {
        String[] parts = keycloak.accessToken(Users.EDITOR).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String promoted = payload.replace("\"groups\":[", "\"groups\":[\"admin\",");
        assertTrue(!promoted.equals(payload), "the payload has a groups claim to change: " + payload);
        assertRefused(parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(promoted.getBytes(StandardCharsets.UTF_8)) + "." + parts[2]);
    }

    @Test
    void aTokenSignedByAKeyTheRealmDoesNotHaveIsRefused() throws JOSEException {
        RSAKey forger = new RSAKeyGenerator(2048).keyID("forged").generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(forger.getKeyID()).build(),
                claims(Instant.now()).build());
        forged.sign(new RSASSASigner(forger));
        assertRefused(forged.serialize());
    }

    @Test
    void anonymousCallersAreAskedForABearerToken() {
        Answer anonymous = api.get("api/v1/items", null);
        assertProblem(anonymous, 401, null);
        assertTrue(anonymous.header("WWW-Authenticate").orElse("").startsWith("Bearer"), anonymous.raw().headers()
                .toString());
    }

    @Test
    void aBrowserSignsInThroughKeycloakWithPkceAndOutAgain() throws Exception {
        URI app = loopback();
        HttpClient browser = browser();

        URI callback = signIn(browser, app, Users.REVIEWER);
        JsonObject signedIn = session(browser, app);
        assertEquals(Users.REVIEWER, signedIn.getString("user"));
        assertEquals("reviewer", signedIn.getJsonArray("roles").getString(0));

        // Replaying the callback (a stolen code or state) signs nobody in.
        assertEquals(401, get(browser, callback).statusCode());

        HttpResponse<String> toLogout = browser.send(HttpRequest.newBuilder(app.resolve("auth/logout"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, toLogout.statusCode(), toLogout.body());
        URI endSession = location(toLogout);
        assertTrue(endSession.toString().startsWith(KeycloakUnderTest.issuer() + "/protocol/openid-connect/logout?"),
                endSession.toString());
        HttpResponse<String> loggedOut = get(browser, endSession);
        assertEquals(302, loggedOut.statusCode(), loggedOut.body());
        assertEquals(app, location(loggedOut));
        JsonObject signedOut = session(browser, app);
        assertEquals(JsonValue.NULL, signedOut.getOrDefault("user", JsonValue.NULL), "signed out of Imprimatur");
        assertEquals("auth/login", signedOut.getString("signIn"), "the pages send browsers to Keycloak");

        // Keycloak's own session ended too: signing in again shows its login form instead of coming straight back.
        HttpResponse<String> again = get(browser, location(get(browser, app.resolve("auth/login"))));
        assertEquals(200, again.statusCode(), again.body());
        assertTrue(again.body().contains("kc-form-login"), "Keycloak asks for the password again");
    }

    @Test
    @ExtendWith(BrowserUnderTest.class)
    void aReviewerSignsInToTheWebDeskThroughKeycloakInARealBrowserAndOutAgain() {
        ChromeDriver chromium = BrowserUnderTest.start(profiles.resolve("keycloak-sign-in"));
        try {
            WebDriverWait wait = new WebDriverWait(chromium, Duration.ofSeconds(60));
            // The web desk sends an anonymous visitor to the realm's own sign-in page.
            chromium.get(loopback().toString());
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-form-login")));
            assertTrue(chromium.getCurrentUrl().startsWith(KeycloakUnderTest.issuer() + "/protocol/openid-connect/auth?"),
                    chromium.getCurrentUrl());
            chromium.findElement(By.id("username")).sendKeys(Users.REVIEWER);
            chromium.findElement(By.id("password")).sendKeys(Users.passwordOf(Users.REVIEWER));
            chromium.findElement(By.id("kc-login")).click();

            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user"), Users.REVIEWER));
            assertTrue(chromium.getCurrentUrl().startsWith(loopback().toString()), chromium.getCurrentUrl());

            // Signing out ends Keycloak's session too: the desk sends the browser back, and the realm asks again.
            chromium.findElement(By.id("sign-out")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-form-login")));
        } finally {
            chromium.quit();
        }
    }

    @Test
    void aBrowserSessionRenewsItsAccessTokenUntilKeycloakEndsTheSession() throws Exception {
        URI app = loopback();
        HttpClient browser = browser();
        // Access tokens of 3 seconds for Imprimatur's client; the build allows 1 second of clock skew.
        String lifespan = keycloak.clientAttribute("newsroom-api", "access.token.lifespan", "3");
        try {
            signIn(browser, app, Users.PUBLISHER);
            Instant expired = Instant.now().plusSeconds(3 + 1 + 2);
            // Asked again and again past the first access token's expiry, the session renews it and stays signed in.
            while (Instant.now().isBefore(expired)) {
                assertEquals(Users.PUBLISHER, session(browser, app).getString("user", null), "still signed in");
            }
            keycloak.endSessionsOf(Users.PUBLISHER);
            // Now Keycloak refuses the next renewal, and the browser is signed out when its access token expires.
            Polling.until(() -> session(browser, app),
                    answer -> JsonValue.NULL.equals(answer.getOrDefault("user", JsonValue.NULL)),
                    Duration.ofSeconds(30), "signing out the browser whose Keycloak session ended");
        } finally {
            keycloak.clientAttribute("newsroom-api", "access.token.lifespan", lifespan == null ? "" : lifespan);
        }
    }

    /**
     * Signs a browser in through Keycloak's login form, from Imprimatur's {@code /auth/login} back to its home page.
     *
     * @return the callback address Keycloak sent the browser to
     */
    private static URI signIn(HttpClient browser, URI app, String user) throws IOException, InterruptedException {
        HttpResponse<String> toKeycloak = get(browser, app.resolve("auth/login"));
        assertEquals(302, toKeycloak.statusCode(), toKeycloak.body());
        URI authorization = location(toKeycloak);
        assertTrue(authorization.toString().startsWith(KeycloakUnderTest.issuer() + "/protocol/openid-connect/auth?"),
                authorization.toString());
        assertTrue(authorization.getQuery().contains("code_challenge_method=S256"), authorization.getQuery());

        HttpResponse<String> loginPage = get(browser, authorization);
        assertEquals(200, loginPage.statusCode(), loginPage.body());
        Matcher form = Pattern.compile("<form id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"").matcher(loginPage.body());
        assertTrue(form.find(), "Keycloak's login form: " + loginPage.body());
        HttpResponse<String> back = browser.send(HttpRequest.newBuilder(URI.create(form.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(KeycloakUnderTest.formEncoded(
                        Map.of("username", user, "password", user, "credentialId", "")))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, back.statusCode(), back.body());
        URI callback = location(back);
        assertTrue(callback.toString().startsWith(app + "auth/callback?"), callback.toString());

        HttpResponse<String> home = get(browser, callback);
        assertEquals(302, home.statusCode(), home.body());
        assertEquals(app.getPath(), location(home).getPath());
        return callback;
    }

    /** Imprimatur's address for a browser: Keycloak accepts redirects to the loopback addresses only. */
    private URI loopback() {
        return URI.create("http://127.0.0.1:" + base.getPort() + "/");
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new LoopbackCookies())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * Cookies as browsers keep them for loopback addresses, which they count as secure origins: Keycloak marks its
     * cookies {@code Secure}, and a browser still sends them to {@code http://127.0.0.1}.
     */
    private static final class LoopbackCookies extends CookieManager {
        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            URI asSecure = "http".equals(uri.getScheme()) && "127.0.0.1".equals(uri.getHost())
                    ? URI.create("https" + uri.toString().substring("http".length())) : uri;
            return super.get(asSecure, headers);
        }
    }

    private static JsonObject session(HttpClient browser, URI app) {
        HttpResponse<String> answer;
        try {
            answer = get(browser, app.resolve("api/v1/session"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertEquals(200, answer.statusCode(), answer.body());
        try (var reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject();
        }
    }

    private static HttpResponse<String> get(HttpClient browser, URI uri) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI location(HttpResponse<String> redirect) {
        return redirect.uri().resolve(redirect.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("no Location in " + redirect.headers())));
    }

    private Answer callWith(String token) {
        return api.send(HttpRequest.newBuilder(api.uri("api/v1/items")).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(60)).GET());
    }

    private void assertRefused(String token) {
        Answer refused = callWith(token);
        assertProblem(refused, 401, "unauthenticated");
        assertTrue(refused.header("WWW-Authenticate").orElse("").contains("invalid_token"),
                refused.raw().headers().toString());
    }

    /** An access token as the realm issues it to alice, from the realm's issuer for this API. */
    private static JWTClaimsSet.Builder claims(Instant now) {
        return new JWTClaimsSet.Builder().issuer(KeycloakUnderTest.issuer()).subject("alice-subject")
                .audience(List.of(API_AUDIENCE, "account")).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5)))).claim("typ", "Bearer")
                .claim("azp", "newsroom-web").claim("preferred_username", Users.EDITOR)
                .claim("groups", List.of("editor")).claim("desks", List.of("local"));
    }

    private String submitted(String editor, String title) {
        Answer elsewhere = api.post("api/v1/items", editor, Json.createObjectBuilder(item(title))
                .add("desk", "sport").build());
        assertEquals(403, elsewhere.status(), "the token's desks claim limits where " + editor + " files work");
        Answer answer = api.post("api/v1/items", editor, item(title));
        assertEquals(201, answer.status(), answer.raw().body());
        return answer.json().getString("id");
    }

    private static JsonObject item(String title) {
        // The realm's alice, bob and dave work on the desks local and metro (their desks claim).
        return Json.createObjectBuilder().add("kind", "ARTICLE").add("desk", DESK).add("title", title)
                .add("body", title + ". The council said so on Monday, according to its press release.")
                .add("modelCard", Json.createObjectBuilder().add("provider", "grounded").add("model", "extractive-1")
                        .add("modelVersion", "1").add("parameters", Json.createObjectBuilder())
                        .add("promptSha256", PROMPT_SHA256).add("sourceIds", Json.createArrayBuilder()))
                .build();
    }

    private static JsonObject requestChanges() {
        return Json.createObjectBuilder().add("action", "request_changes").add("reason", "Name the council's source")
                .build();
    }
}
