package org.imprimatur.provenance.disclosure;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.imprimatur.spi.content.ContentKind;
import org.imprimatur.spi.content.DisclosureLabel;
import org.imprimatur.spi.content.ItemId;
import org.imprimatur.spi.content.ModelCard;
import org.imprimatur.spi.content.RevisionView;
import org.imprimatur.spi.content.Sha256;

final class DisclosureFixtures {

    static final Instant NOON = Instant.parse("2026-11-29T12:00:00Z");

    static final DisclosureLabel LABEL = new DisclosureLabel("This article was drafted with AI and checked by our "
            + "editors.", "compositeWithTrainedAlgorithmicMedia", "dave", NOON);

    static final CreditedSource PRESS_RELEASE = new CreditedSource("src-1", "Budget press release",
            "https://riverton.example/budget", Optional.of(Sha256.ofUtf8("press release")), "CC BY 4.0",
            "City of Riverton");

    static final CreditedSource WIRE = new CreditedSource("src-2", "wire-story.txt", "wire-story.txt",
            Optional.of(Sha256.ofUtf8("wire")), "", "");

    private DisclosureFixtures() {
    }

    static RevisionView article(String title, String body) {
        ModelCard card = new ModelCard("grounded", "extractive-1", "1", Map.of(), Sha256.ofUtf8("prompt"),
                List.of("src-1", "src-2"));
        return new RevisionView(ItemId.random(), ContentKind.ARTICLE, 2, title, body, card, List.of(), "alice", NOON);
    }
}
