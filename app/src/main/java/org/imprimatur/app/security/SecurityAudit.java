package org.imprimatur.app.security;

import java.util.logging.Logger;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The security events an operator watches for — failed sign-ins, refused requests, changes to accounts and
 * policies — each one line on the logger {@value #LOGGER} with who and from which address. This is the server's
 * log, not the content ledger: the ledger records editorial decisions for compliance, and must not fill up with
 * what strangers try. Names and paths come from the caller, so line breaks are removed before they are logged.
 */
public final class SecurityAudit {

    public static final String LOGGER = "org.imprimatur.security.audit";
    private static final Logger LOG = Logger.getLogger(LOGGER);
    private static final String ANONYMOUS = "-";

    private SecurityAudit() {
    }

    /**
     * A sign-in that failed at {@code via}: a user name and password that did not match (HTTP Basic, the login form),
     * or a refused token or Keycloak answer ({@code username} null: nobody is known).
     */
    public static void failedLogin(String username, String via, HttpServletRequest request) {
        LOG.warning(() -> "login-failed user=" + clean(username) + " via=" + via + " address="
                + request.getRemoteAddr());
    }

    /** A request answered 401 or 403. */
    public static void refused(int status, String reason, HttpServletRequest request) {
        LOG.warning(() -> "refused status=" + status + " reason=" + reason + " user=" + user(request)
                + " request=" + request.getMethod() + " " + clean(request.getRequestURI())
                + " address=" + request.getRemoteAddr());
    }

    /** A change to who may do what: an account, a review policy, the ledger's key. */
    public static void configurationChanged(String what, HttpServletRequest request) {
        LOG.info(() -> "configuration-changed " + clean(what) + " user=" + user(request)
                + " address=" + request.getRemoteAddr());
    }

    private static String user(HttpServletRequest request) {
        return request.getUserPrincipal() == null ? ANONYMOUS : clean(request.getUserPrincipal().getName());
    }

    private static String clean(String text) {
        return text == null ? ANONYMOUS : text.replaceAll("[\\r\\n\\t]", "_");
    }
}
