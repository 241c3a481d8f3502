package org.imprimatur.generation.drafting.grounded;

import java.util.List;

import org.imprimatur.spi.content.Sha256;
import org.imprimatur.spi.drafting.Brief;
import org.imprimatur.spi.source.SourceDocument;

/**
 * What stands in for a prompt in the grounded drafter's model card. It sends no prompt anywhere, so the card's
 * prompt digest is the SHA-256 of a canonical description of its input instead: one line per brief field, then one
 * line per source with its id and the digest of its original bytes, in the order given. Line breaks and
 * backslashes inside values are escaped, so different inputs never describe alike. Stateless.
 */
final class DraftInput {

    private DraftInput() {
    }

    static String describe(Brief brief, List<SourceDocument> sources) {
        StringBuilder description = new StringBuilder()
                .append("topic: ").append(escaped(brief.topic())).append('\n')
                .append("angle: ").append(escaped(brief.angle())).append('\n')
                .append("desk: ").append(escaped(brief.desk())).append('\n')
                .append("targetWords: ").append(brief.targetWords()).append('\n')
                .append("language: ").append(escaped(brief.language())).append('\n');
        for (SourceDocument source : sources) {
            description.append("source: ").append(escaped(source.id())).append(' ').append(source.sha256()).append('\n');
        }
        return description.toString();
    }

    static Sha256 digest(Brief brief, List<SourceDocument> sources) {
        return Sha256.ofUtf8(describe(brief, sources));
    }

    private static String escaped(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }
}
