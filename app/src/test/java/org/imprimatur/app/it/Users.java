package org.imprimatur.app.it;

import java.util.UUID;

/** The demo users, and the password rule for users the tests create. */
final class Users {

    static final String EDITOR = "alice";
    static final String REVIEWER = "bob";
    static final String PUBLISHER = "dave";
    static final String COMPLIANCE = "carol";
    static final String ADMIN = "admin";

    /** A suffix that keeps accounts created by one run apart from those of earlier runs on the same database. */
    static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    private static final String CREATED_PASSWORD_SUFFIX = "-long-enough-password";

    private Users() {
    }

    static String created(String name) {
        return name + "-" + RUN;
    }

    static String passwordOf(String user) {
        return user.contains("-") ? user + CREATED_PASSWORD_SUFFIX : user;
    }
}
