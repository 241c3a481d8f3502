package org.imprimatur.app.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Where the browser's login form posts (after {@link LocalAuthenticationMechanism} has checked it) and where it
 * logs out.
 */
@WebServlet(urlPatterns = {LocalAuthenticationMechanism.LOGIN_PATH, SessionServlet.LOGOUT_PATH})
public class SessionServlet extends HttpServlet {

    public static final String LOGOUT_PATH = "/auth/logout";

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String path = request.getServletPath();
        if (LOGOUT_PATH.equals(path)) {
            request.logout();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login.html?signed-out");
            return;
        }
        response.sendRedirect(request.getContextPath() + (request.getUserPrincipal() != null ? "/" : "/login.html?failed"));
    }
}
