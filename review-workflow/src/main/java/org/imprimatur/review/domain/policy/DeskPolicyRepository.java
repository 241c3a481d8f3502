package org.imprimatur.review.domain.policy;

import java.util.List;
import java.util.Optional;

import org.imprimatur.spi.content.ContentKind;

/** Where the versions of the desks' review policies are kept. */
public interface DeskPolicyRepository {

    /** Stores a new version; writes it now, so that two admins storing the same version fail here. */
    void add(DeskPolicy policy);

    /** The newest version for a desk (or {@link DeskPolicy#ANY_DESK}) and kind, if one is stored. */
    Optional<DeskPolicy> current(String desk, ContentKind kind);

    /** Every stored version for a desk and kind, newest first. */
    List<DeskPolicy> history(String desk, ContentKind kind);

    /** The newest version of every desk and kind that has one, by desk and kind. */
    List<DeskPolicy> currentVersions();
}
