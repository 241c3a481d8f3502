package org.imprimatur.app.security;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.ConfigProvider;
import org.imprimatur.app.security.oidc.OidcSettings;

/**
 * The headers every response carries, pages and API alike: a content security policy that lets only Imprimatur's
 * own files run (no inline script, no framing, no plugins), no MIME sniffing, no referrer to other sites, and HSTS
 * when the request came over TLS (on plain HTTP it would be ignored, and it must not pin a development host). The
 * referrer policy is {@code same-origin}, not {@code no-referrer}: under the latter browsers send a posted form's
 * {@code Origin} as {@code null}, and over plain HTTP at a newsroom's internal address, where they send no Fetch
 * Metadata, the cross-site check would have nothing to tell the sign-in form from a forgery.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    /** The content security policy of the local mode. */
    static final String CONTENT_SECURITY_POLICY = contentSecurityPolicy(AuthMode.LOCAL, Optional.empty());
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    /**
     * Sets the headers; also called by the sign-in, whose refusals are answered before any filter runs.
     */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        apply(request, response, Configured.CONTENT_SECURITY_POLICY);
    }

    static void apply(HttpServletRequest request, HttpServletResponse response, String contentSecurityPolicy) {
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
    }

    /**
     * The content security policy for a mode. In the Keycloak mode a form may also lead to the realm: signing out
     * posts to Imprimatur, which sends the browser on to the realm to end its session there, and browsers hold the
     * redirects of a form submission to {@code form-action} too.
     *
     * @param issuer the realm's URL, in the Keycloak mode
     */
    static String contentSecurityPolicy(AuthMode mode, Optional<String> issuer) {
        String formTargets = mode == AuthMode.KEYCLOAK
                ? issuer.map(URI::create).map(realm -> " " + realm.getScheme() + "://" + realm.getRawAuthority())
                        .orElse("")
                : "";
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
                + "base-uri 'none'; form-action 'self'" + formTargets + "; frame-ancestors 'none'";
    }

    /** This installation's policy, read from its configuration once, on first use. */
    private static final class Configured {
        static final String CONTENT_SECURITY_POLICY = contentSecurityPolicy(AuthMode.configured(),
                ConfigProvider.getConfig().getOptionalValue(OidcSettings.ISSUER, String.class));
    }
}
