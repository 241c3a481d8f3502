package org.imprimatur.app.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Failed sign-ins and refused requests reach the security audit log, with user and address. */
class SecurityAuditTest {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger(SecurityAudit.LOGGER).addHandler(handler);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger(SecurityAudit.LOGGER).removeHandler(handler);
    }

    @Test
    void aWrongPasswordIsLoggedWithTheNameTriedAndTheAddressButNotThePassword() throws Exception {
        LocalAuthenticationMechanism mechanism = new LocalAuthenticationMechanism();
        IdentityStoreHandler refusesEveryone = credential -> CredentialValidationResult.INVALID_RESULT;
        Field stores = LocalAuthenticationMechanism.class.getDeclaredField("identityStores");
        stores.setAccessible(true);
        stores.set(mechanism, refusesEveryone);
        String basic = "Basic " + Base64.getEncoder().encodeToString("bob\nforged:s3cret-guess"
                .getBytes(StandardCharsets.UTF_8));
        FakeHttp.Response response = new FakeHttp.Response();

        AuthenticationStatus status = mechanism.validateRequest(
                FakeHttp.request("GET", "/api/v1/items", null, Map.of("Authorization", basic)), response.proxy(), null);

        assertEquals(AuthenticationStatus.SEND_FAILURE, status);
        assertEquals(401, response.status);
        assertEquals(1, lines.size(), lines.toString());
        String line = lines.get(0);
        assertTrue(line.startsWith("login-failed user=bob_forged via=basic address=203.0.113.7"), line);
        assertTrue(!line.contains("s3cret-guess"), "never the password: " + line);
    }

    @Test
    void aForbiddenAnswerIsLoggedWithUserRequestAndAddress() throws Exception {
        FakeHttp.Response response = new FakeHttp.Response();
        new RefusalAudit().doFilter(FakeHttp.request("POST", "/api/v1/accounts", "alice", Map.of()),
                response.proxy(), (request, answer) -> ((jakarta.servlet.http.HttpServletResponse) answer).setStatus(403));

        assertEquals(List.of("refused status=403 reason=forbidden user=alice request=POST /api/v1/accounts "
                + "address=203.0.113.7"), lines);
    }

    @Test
    void anAllowedAnswerIsNotLogged() throws Exception {
        new RefusalAudit().doFilter(FakeHttp.request("GET", "/api/v1/items", "alice", Map.of()),
                new FakeHttp.Response().proxy(), (request, answer) -> { });

        assertEquals(List.of(), lines);
    }

    @Test
    void aCrossSitePostToTheLoginFormIsRefusedAndLogged() throws Exception {
        FakeHttp.Response response = new FakeHttp.Response();

        AuthenticationStatus status = new LocalAuthenticationMechanism().validateRequest(
                FakeHttp.request("POST", "/auth/login", null, Map.of("Sec-Fetch-Site", "cross-site")),
                response.proxy(), null);

        assertEquals(AuthenticationStatus.SEND_FAILURE, status);
        assertEquals(403, response.status);
        assertTrue(response.body.toString().contains("cross-site-request"), response.body.toString());
        assertEquals(List.of("refused status=403 reason=cross-site user=- request=POST /auth/login "
                + "address=203.0.113.7"), lines);
    }

    @Test
    void everyAnswerGetsTheSecurityHeadersAndHstsOnlyOverTls() {
        FakeHttp.Response response = new FakeHttp.Response();
        SecurityHeaders.apply(FakeHttp.request("GET", "/", null, Map.of()), response.proxy(),
                SecurityHeaders.CONTENT_SECURITY_POLICY);

        assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY, response.headers.get("Content-Security-Policy"));
        assertTrue(!SecurityHeaders.CONTENT_SECURITY_POLICY.contains("unsafe-inline"));
        assertEquals("nosniff", response.headers.get("X-Content-Type-Options"));
        assertEquals("DENY", response.headers.get("X-Frame-Options"));
        assertEquals(null, response.headers.get("Strict-Transport-Security"), "plain HTTP gets no HSTS");
    }

    @Test
    void inTheKeycloakModeFormsMayAlsoLeadToTheRealmAndNowhereElse() {
        String policy = SecurityHeaders.contentSecurityPolicy(AuthMode.KEYCLOAK,
                Optional.of("http://127.0.0.1:8180/realms/newsroom"));

        assertTrue(policy.contains("; form-action 'self' http://127.0.0.1:8180; "), policy);
        assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY.replace("form-action 'self'",
                "form-action 'self' http://127.0.0.1:8180"), policy, "nothing else changes");
        assertTrue(SecurityHeaders.CONTENT_SECURITY_POLICY.contains("; form-action 'self'; "));
    }
}
