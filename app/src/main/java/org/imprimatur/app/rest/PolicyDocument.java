package org.imprimatur.app.rest;

import java.time.Instant;
import java.util.Map;

import org.imprimatur.review.domain.policy.DeskPolicy;

/**
 * One version of a desk's review policy, as the API shows it.
 *
 * @param desk      the desk, or {@code *} for every desk without a policy of its own
 * @param kind      {@code ARTICLE} or {@code IMAGE}
 * @param version   1 for the first stored version, counting up; 0 for the built-in default
 * @param rules     rule name → parameters, every parameter spelled out; a rule that is absent is off
 * @param author    who stored it ({@code imprimatur} for the built-in default)
 * @param createdAt when
 * @param builtIn   whether this is the built-in default, which is never stored
 */
public record PolicyDocument(String desk, String kind, int version, Map<String, Map<String, Integer>> rules,
                             String author, Instant createdAt, boolean builtIn) {

    static PolicyDocument of(DeskPolicy policy) {
        return new PolicyDocument(policy.desk(), policy.kind().name(), policy.version(), policy.rules().asMap(),
                policy.author(), policy.createdAt(), policy.version() == DeskPolicy.BUILT_IN_VERSION);
    }
}
