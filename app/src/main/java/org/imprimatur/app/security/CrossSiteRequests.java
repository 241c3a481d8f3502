package org.imprimatur.app.security;

import java.net.URI;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Tells a state-changing request that another site made a signed-in browser send (cross-site request forgery) from
 * one Imprimatur's own pages sent. Browsers attach the session cookie to both, but they also say where a request
 * comes from: {@code Sec-Fetch-Site} in current browsers, {@code Origin} in all of them (OWASP's "verifying origin
 * with standard headers"). Requests that carry their own credentials (HTTP Basic, bearer tokens) are not at risk.
 */
public final class CrossSiteRequests {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private CrossSiteRequests() {
    }

    /** Whether this request changes state and comes, by the browser's own account, from another site. */
    public static boolean isForgeable(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return !"same-origin".equals(fetchSite) && !"none".equals(fetchSite);
        }
        String origin = request.getHeader("Origin");
        return origin != null && !sameOrigin(origin, request);
    }

    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            URI uri = URI.create(origin);
            String host = request.getHeader("Host");
            return uri.getHost() != null && host != null
                    && (uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort()).equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
