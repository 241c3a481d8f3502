package org.imprimatur.app.security;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;

import org.imprimatur.review.application.UserDirectory;
import org.imprimatur.spi.Actor;

/** The workflow's directory of people, over the embedded sign-in's accounts (local mode, see {@link IdentitySource}). */
@ApplicationScoped
@Typed(LocalUserDirectory.class)
public class LocalUserDirectory implements UserDirectory {

    @Inject
    private LocalAccounts accounts;

    @Override
    public Optional<Actor> find(String userName) {
        return accounts.find(userName).map(account -> new Actor(account.username(), account.roles()));
    }
}
