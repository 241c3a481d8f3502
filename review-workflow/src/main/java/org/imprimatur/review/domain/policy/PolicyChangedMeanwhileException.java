package org.imprimatur.review.domain.policy;

/**
 * A new version of a policy was not stored because the policy is no longer the version its author started from:
 * another admin stored one meanwhile (or the author named an older {@code expectedVersion}). Nothing was stored.
 */
public class PolicyChangedMeanwhileException extends RuntimeException {

    public PolicyChangedMeanwhileException(String message) {
        super(message);
    }
}
