package org.imprimatur.app.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;

import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.imprimatur.app.rest.Problems;

/**
 * The embedded sign-in, two ways in one mechanism: HTTP Basic on every request for API clients (no session is
 * created for them), and a form post to {@value #LOGIN_PATH} that opens a session for the browser.
 *
 * <p>Requests without credentials pass through anonymously; the role checks on each resource then decide
 * (401 for anonymous callers, 403 for the wrong role). A session cookie is not accepted on a state-changing request
 * that another site made the browser send, nor a login form another site posted (see {@link CrossSiteRequests}).
 * Failed sign-ins and these refusals go to the {@link SecurityAudit} log. Used in the local mode only (see
 * {@link IdentitySource}).
 */
@ApplicationScoped
@Typed(LocalAuthenticationMechanism.class)
public class LocalAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PATH = "/auth/login";
    private static final String BASIC = "Basic ";

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        // This mechanism serves the local mode only, whose policy is the local one.
        SecurityHeaders.apply(request, response, SecurityHeaders.CONTENT_SECURITY_POLICY);
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return basic(authorization.substring(BASIC.length()).trim(), request, response, context);
        }
        boolean login = "POST".equals(request.getMethod()) && LOGIN_PATH.equals(pathOf(request));
        Principal sessionUser = request.getUserPrincipal();
        // Another site may neither use a signed-in browser's session nor sign the browser in as someone else
        // (login CSRF); logout is a state-changing post like any other.
        if ((login || sessionUser != null) && CrossSiteRequests.isForgeable(request)) {
            SecurityAudit.refused(HttpServletResponse.SC_FORBIDDEN, "cross-site", request);
            Problems.write(response, Problems.crossSite());
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (login) {
            return formLogin(request, context);
        }
        if (sessionUser != null) {
            // A browser session registered at form login: re-establish its caller (groups come with the session).
            return resume(sessionUser, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus basic(String encoded, HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) {
        UsernamePasswordCredential credential = decodeBasic(encoded);
        CredentialValidationResult result = credential == null
                ? CredentialValidationResult.INVALID_RESULT : identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        SecurityAudit.failedLogin(credential == null ? null : credential.getCaller(), "basic", request);
        Problems.writeUnauthorized(response, "The user name or password is wrong");
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context) {
        String username = request.getParameter("username");
        String password = request.getParameter("password");
        if (username == null || password == null) {
            return context.redirect(request.getContextPath() + "/login.html?failed");
        }
        CredentialValidationResult result =
                identityStores.validate(new UsernamePasswordCredential(username, password));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            SecurityAudit.failedLogin(username, "form", request);
            return context.redirect(request.getContextPath() + "/login.html?failed");
        }
        context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
        return context.notifyContainerAboutLogin(result);
    }

    private static AuthenticationStatus resume(Principal principal, HttpMessageContext context)
            throws AuthenticationException {
        try {
            context.getHandler().handle(new Callback[] {
                    new CallerPrincipalCallback(context.getClientSubject(), principal)});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new AuthenticationException("Could not resume the session of " + principal.getName(), e);
        }
        return AuthenticationStatus.SUCCESS;
    }

    private static UsernamePasswordCredential decodeBasic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
