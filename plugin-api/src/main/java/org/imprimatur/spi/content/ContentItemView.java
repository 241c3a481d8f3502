package org.imprimatur.spi.content;

import java.util.Objects;
import java.util.Optional;

/**
 * A content item as extensions see it: its state and its current revision.
 *
 * @param id          the item's id
 * @param desk        the desk that reviews it, e.g. {@code business}
 * @param state       where it stands in review
 * @param requestedBy the user name of whoever asked for the generation; never allowed to approve it
 * @param current     the latest revision
 * @param disclosure  its AI-disclosure label, once someone has set one
 */
public record ContentItemView(ItemId id, String desk, ItemState state, String requestedBy, RevisionView current,
                              Optional<DisclosureLabel> disclosure) {

    public ContentItemView {
        Objects.requireNonNull(disclosure, "disclosure");
    }
}
