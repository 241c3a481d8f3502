package org.imprimatur.app.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * Checks user names and passwords against the local accounts; the groups it returns are the role names, which
 * {@code glassfish-web.xml} maps one to one onto the application's roles.
 */
@ApplicationScoped
public class LocalIdentityStore implements IdentityStore {

    @Inject
    private LocalAccounts accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return accounts.authenticate(login.getCaller(), login.getPassword().getValue())
                .map(account -> new CredentialValidationResult(account.username(), account.roles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
