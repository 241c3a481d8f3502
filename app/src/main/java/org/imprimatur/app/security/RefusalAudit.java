package org.imprimatur.app.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Logs every request the application refused with 401 or 403 (the role checks, four eyes, and whatever comes
 * later) to the {@link SecurityAudit} log, once its answer is known. Refusals the sign-in answers itself never reach
 * a filter; it logs those.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RefusalAudit extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        int status = response.getStatus();
        if (status == HttpServletResponse.SC_UNAUTHORIZED || status == HttpServletResponse.SC_FORBIDDEN) {
            SecurityAudit.refused(status, status == HttpServletResponse.SC_UNAUTHORIZED ? "unauthenticated"
                    : "forbidden", request);
        }
    }
}
