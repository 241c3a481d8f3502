package org.imprimatur.app.security.oidc;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.imprimatur.app.rest.Problems;
import org.imprimatur.app.security.AuthMode;
import org.imprimatur.app.security.CrossSiteRequests;
import org.imprimatur.app.security.LocalAuthenticationMechanism;
import org.imprimatur.app.security.SecurityAudit;
import org.imprimatur.app.security.SecurityHeaders;
import org.imprimatur.app.security.SessionServlet;

/**
 * Sign-in through a Keycloak realm, two ways in one mechanism (the Keycloak mode's counterpart of
 * {@link LocalAuthenticationMechanism}):
 * <ul>
 * <li>API clients send a Keycloak access token as {@code Authorization: Bearer}; it is verified on every request
 * ({@link TokenVerifier}) and no session is created. A token that does not verify is answered with 401.</li>
 * <li>Browsers go to {@code GET /auth/login}, which sends them to Keycloak (authorization code flow with PKCE
 * {@code S256}, a {@code state} and a {@code nonce}); Keycloak sends them back to {@code /auth/callback}, where the
 * code is exchanged for tokens that the HTTP session keeps. Each request of the session re-verifies the access
 * token and, once it has expired, renews it with the refresh token; when the realm refuses (its session ended),
 * the browser is signed out. {@code POST /auth/logout} ends the HTTP session and Keycloak's.</li>
 * </ul>
 * The caller principal is a {@link TokenPrincipal} ({@code JsonWebToken}) with the token's claims; its groups are
 * the {@code groups} claim, mapped one to one onto roles by {@code glassfish-web.xml}.
 */
@ApplicationScoped
@Typed(KeycloakAuthenticationMechanism.class)
public class KeycloakAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String CALLBACK_PATH = "/auth/callback";
    private static final String BEARER = "Bearer ";
    private static final String PENDING = PendingSignIn.class.getName();
    private static final String TOKENS = Tokens.class.getName();
    private static final Logger LOG = Logger.getLogger(KeycloakAuthenticationMechanism.class.getName());

    @Inject
    private KeycloakRealm realm;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        // The refusals below are answered before any servlet filter runs: they need the headers and the audit here.
        SecurityHeaders.apply(request, response);
        try {
            return authenticate(request, response, context);
        } catch (IdentityProviderException e) {
            LOG.log(Level.WARNING, "Sign-in through Keycloak failed: {0}", e.getMessage());
            Problems.write(response, Problems.identityProviderUnavailable());
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
                                              HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return bearer(authorization.substring(BEARER.length()).trim(), request, response, context);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("GET".equals(request.getMethod()) && LocalAuthenticationMechanism.LOGIN_PATH.equals(path)) {
            return startSignIn(request, context);
        }
        if ("GET".equals(request.getMethod()) && CALLBACK_PATH.equals(path)) {
            return finishSignIn(request, response, context);
        }
        HttpSession session = request.getSession(false);
        Tokens tokens = session == null ? null : (Tokens) session.getAttribute(TOKENS);
        if (tokens == null) {
            return context.doNothing();
        }
        if (CrossSiteRequests.isForgeable(request)) {
            SecurityAudit.refused(HttpServletResponse.SC_FORBIDDEN, "cross-site", request);
            Problems.write(response, Problems.crossSite());
            return AuthenticationStatus.SEND_FAILURE;
        }
        if ("POST".equals(request.getMethod()) && SessionServlet.LOGOUT_PATH.equals(path)) {
            return signOut(request, session, tokens, context);
        }
        return resume(session, tokens, context);
    }

    private AuthenticationStatus bearer(String token, HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context) {
        try {
            TokenPrincipal caller = realm.accessTokens().verify(token);
            return context.notifyContainerAboutLogin(caller, caller.getGroups());
        } catch (InvalidTokenException e) {
            SecurityAudit.failedLogin(null, "bearer", request);
            response.setHeader("WWW-Authenticate", AuthMode.KEYCLOAK.challenge() + ", error=\"invalid_token\"");
            Problems.write(response, Problems.unauthorized("The bearer token was refused: " + e.getMessage()));
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private AuthenticationStatus startSignIn(HttpServletRequest request, HttpMessageContext context) {
        PendingSignIn pending = PendingSignIn.start();
        request.getSession(true).setAttribute(PENDING, pending);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", realm.settings().clientId());
        query.put("redirect_uri", callbackUri(request));
        query.put("scope", "openid");
        query.put("state", pending.state());
        query.put("nonce", pending.nonce());
        query.put("code_challenge", pending.codeChallenge());
        query.put("code_challenge_method", "S256");
        return context.redirect(withQuery(realm.discovered().authorization(), query));
    }

    private AuthenticationStatus finishSignIn(HttpServletRequest request, HttpServletResponse response,
                                              HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        PendingSignIn pending = session == null ? null : (PendingSignIn) session.getAttribute(PENDING);
        if (pending == null || !pending.state().equals(request.getParameter("state"))) {
            return refuseSignIn(request, response, "This sign-in was not started by this browser; start again at "
                    + LocalAuthenticationMechanism.LOGIN_PATH);
        }
        session.removeAttribute(PENDING);
        String code = request.getParameter("code");
        if (code == null) {
            return refuseSignIn(request, response,
                    "Keycloak did not sign you in (" + request.getParameter("error") + ")");
        }
        Tokens tokens;
        TokenPrincipal caller;
        try {
            tokens = realm.exchangeCode(code, pending.codeVerifier(), callbackUri(request));
            TokenPrincipal identity = realm.discovered().idTokens().verify(tokens.idToken());
            if (!pending.nonce().equals(identity.getClaim("nonce"))) {
                return refuseSignIn(request, response, "The ID token does not answer this sign-in (nonce)");
            }
            caller = realm.accessTokens().verify(tokens.accessToken());
        } catch (KeycloakRealm.TokenEndpointRefusal | InvalidTokenException e) {
            return refuseSignIn(request, response, "Keycloak's answer was refused: " + e.getMessage());
        }
        // A new session id for the signed-in browser, so that an id planted before sign-in is worth nothing.
        request.changeSessionId();
        session.setAttribute(TOKENS, tokens);
        LOG.fine(() -> caller.getName() + " signed in through Keycloak");
        return context.redirect(request.getContextPath() + "/");
    }

    private AuthenticationStatus resume(HttpSession session, Tokens tokens, HttpMessageContext context) {
        Optional<TokenPrincipal> caller = verified(tokens.accessToken());
        if (caller.isEmpty()) {
            // Expired (or signed by a key the realm has since dropped): renew, or the browser is signed out.
            Optional<Tokens> renewed = Optional.ofNullable(tokens.refreshToken()).flatMap(realm::refresh)
                    .map(tokens::renewedBy);
            caller = renewed.flatMap(fresh -> verified(fresh.accessToken()));
            if (caller.isEmpty()) {
                session.invalidate();
                return context.doNothing();
            }
            session.setAttribute(TOKENS, renewed.get());
        }
        return context.notifyContainerAboutLogin(caller.get(), caller.get().getGroups());
    }

    private AuthenticationStatus signOut(HttpServletRequest request, HttpSession session, Tokens tokens,
                                         HttpMessageContext context) {
        session.invalidate();
        String home = base(request) + "/";
        if (tokens.idToken() == null) {
            return context.redirect(home);
        }
        // RP-initiated logout: Keycloak ends its own session too, then sends the browser home.
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", realm.settings().clientId());
        query.put("id_token_hint", tokens.idToken());
        query.put("post_logout_redirect_uri", home);
        return context.redirect(withQuery(realm.discovered().endSession(), query));
    }

    private Optional<TokenPrincipal> verified(String accessToken) {
        try {
            return Optional.of(realm.accessTokens().verify(accessToken));
        } catch (InvalidTokenException e) {
            return Optional.empty();
        }
    }

    private static AuthenticationStatus refuseSignIn(HttpServletRequest request, HttpServletResponse response,
                                                     String detail) {
        SecurityAudit.failedLogin(null, "oidc", request);
        Problems.write(response, Problems.unauthorized(detail));
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static String callbackUri(HttpServletRequest request) {
        return base(request) + CALLBACK_PATH;
    }

    /** This application's address as the browser used it, e.g. {@code http://127.0.0.1:8080}. */
    private static String base(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }

    private static String withQuery(URI endpoint, Map<String, String> parameters) {
        return endpoint + (endpoint.getRawQuery() == null ? "?" : "&") + KeycloakRealm.formEncoded(parameters);
    }
}
