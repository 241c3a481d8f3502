package org.imprimatur.spi.check;

import org.imprimatur.spi.Provider;
import org.imprimatur.spi.content.ContentKind;
import org.imprimatur.spi.content.RevisionView;

/**
 * An automatic check run on every revision that enters review: fact, toxicity, originality, disclosure, image.
 *
 * <p>A check reads the revision and whatever it needs from the {@link CheckContext} and reports what a reviewer
 * should look at. It never changes the revision and never decides the item's fate: its findings are gated by
 * {@link org.imprimatur.spi.policy.ReviewPolicy review policies} and resolved by people.
 *
 * <p><b>Threading:</b> one instance serves all revisions and may run on several threads at once.
 * <b>Failure:</b> a check that cannot do its work (a model missing, a source unreadable) throws
 * {@link CheckFailedException}; the workflow records that the check did not run, so a revision is never
 * treated as clean because a check broke.
 */
public interface ContentCheck extends Provider {

    /**
     * Checks one revision.
     *
     * @param revision the revision to check; its body offsets are what {@link Span}s refer to
     * @param context  the item's sources and anything else the check may consult
     * @return the report; an empty list of findings means the check ran and found nothing
     * @throws CheckFailedException if the check could not run
     */
    CheckReport check(RevisionView revision, CheckContext context) throws CheckFailedException;

    /**
     * Whether this check has anything to say about content of this kind; the workflow runs it only on revisions of
     * the kinds it applies to, and ad-hoc text is an {@link ContentKind#ARTICLE article}. By default, every kind.
     */
    default boolean appliesTo(ContentKind kind) {
        return true;
    }
}
