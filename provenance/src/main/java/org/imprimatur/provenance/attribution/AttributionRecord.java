package org.imprimatur.provenance.attribution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.imprimatur.provenance.disclosure.CreditedSource;
import org.imprimatur.spi.check.Span;
import org.imprimatur.spi.check.Verdict;
import org.imprimatur.spi.content.ItemId;
import org.imprimatur.spi.content.Sha256;

/**
 * One provenance record: a span of a revision's body and the source passage it rests on, with the source's digest,
 * licence and credit line as they were when it was recorded — a later change of the source's rights does not
 * rewrite it. Its origin says who drew the link: {@value #DRAFTING} (the drafter attributed the sentence to the
 * passage, or an edit kept a drafted sentence word for word) or {@code check:<id>} (the check's evidence for a
 * finding, with the finding's verdict). Records are only ever inserted; a set of them is hashed into the ledger entry
 * of the revision or check report it belongs to ({@link AttributionRecordSet}).
 */
@Entity
@Table(name = "attribution_record")
public class AttributionRecord {

    /** The origin of the links a drafter made. */
    public static final String DRAFTING = "drafting";

    private static final String CHECK_PREFIX = "check:";

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "item_id", nullable = false, updatable = false, length = 36)
    private String itemId;

    @Column(name = "revision_no", nullable = false, updatable = false)
    private int revision;

    @Column(name = "origin", nullable = false, updatable = false, length = 120)
    private String origin;

    @Column(name = "report_id", updatable = false, length = 36)
    private String reportId;

    /** Its place in its set, which is the order the set's digest covers. */
    @Column(name = "ordinal", nullable = false, updatable = false)
    private int ordinal;

    @Column(name = "sentence_start", nullable = false, updatable = false)
    private int sentenceStart;

    @Column(name = "sentence_end", nullable = false, updatable = false)
    private int sentenceEnd;

    @Column(name = "source_id", nullable = false, updatable = false, length = 200)
    private String sourceId;

    @Column(name = "source_sha256", updatable = false, length = 64)
    private String sourceSha256;

    @Column(name = "passage_start", nullable = false, updatable = false)
    private int passageStart;

    @Column(name = "passage_end", nullable = false, updatable = false)
    private int passageEnd;

    @Column(name = "licence", nullable = false, updatable = false, length = 500)
    private String licence;

    @Column(name = "credit_line", nullable = false, updatable = false, length = 500)
    private String creditLine;

    @Column(name = "verdict", updatable = false, length = 20)
    private String verdict;

    @Column(name = "score", nullable = false, updatable = false, precision = 5, scale = 4)
    private BigDecimal score;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected AttributionRecord() {
        // for JPA
    }

    AttributionRecord(ItemId itemId, int revision, String origin, String reportId, int ordinal, Span sentence,
                      CreditedSource source, Span passage, Verdict verdict, double score, Instant recordedAt) {
        this.id = UUID.randomUUID().toString();
        this.itemId = itemId.toString();
        this.revision = revision;
        this.origin = Objects.requireNonNull(origin, "origin");
        this.reportId = reportId;
        this.ordinal = ordinal;
        this.sentenceStart = sentence.start();
        this.sentenceEnd = sentence.end();
        this.sourceId = source.id();
        this.sourceSha256 = source.sha256().map(Sha256::hex).orElse(null);
        this.passageStart = passage.start();
        this.passageEnd = passage.end();
        this.licence = source.licence();
        this.creditLine = source.creditLine();
        this.verdict = verdict == null ? null : verdict.name();
        this.score = rounded(BigDecimal.valueOf(score));
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /** The origin of a check's evidence, e.g. {@code check:fact}. */
    public static String checkOrigin(String checkId) {
        return CHECK_PREFIX + checkId;
    }

    public String id() {
        return id;
    }

    public ItemId itemId() {
        return ItemId.parse(itemId);
    }

    public int revision() {
        return revision;
    }

    /** {@value #DRAFTING} or {@code check:<id>}. */
    public String origin() {
        return origin;
    }

    /** The check report whose evidence this is; empty for drafting. */
    public Optional<String> reportId() {
        return Optional.ofNullable(reportId);
    }

    public int ordinal() {
        return ordinal;
    }

    /** Where the span lies in the revision's body. */
    public Span sentence() {
        return new Span(sentenceStart, sentenceEnd);
    }

    public String sourceId() {
        return sourceId;
    }

    /** The digest of the source's original bytes; empty for a source Imprimatur holds no copy of. */
    public Optional<Sha256> sourceSha256() {
        return Optional.ofNullable(sourceSha256).map(Sha256::new);
    }

    /** Where the passage lies in the source's text. */
    public Span passage() {
        return new Span(passageStart, passageEnd);
    }

    public String licence() {
        return licence;
    }

    public String creditLine() {
        return creditLine;
    }

    /** The check's verdict on the span; empty for drafting, which makes no verdict. */
    public Optional<Verdict> verdict() {
        return Optional.ofNullable(verdict).map(Verdict::valueOf);
    }

    /** How strongly the passage bears on the span, in [0, 1], to four places. */
    public BigDecimal score() {
        return rounded(score);
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    /**
     * Whether the span's words rest on the source, so that publishing them credits it: a drafted sentence, or one a
     * check found the source to support. Contradicting or merely related evidence credits nobody.
     */
    public boolean credits() {
        return DRAFTING.equals(origin) || Verdict.SUPPORTED.name().equals(verdict);
    }

    /**
     * The record as plain values, the form its set's digest covers: everything but its row id and time, which the
     * ledger entry holding the digest already dates. Spans as {@code [start, end]}, the score as a four-place decimal.
     */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("itemId", itemId);
        map.put("revision", revision);
        map.put("origin", origin);
        map.put("reportId", reportId);
        map.put("ordinal", ordinal);
        map.put("sentence", List.of(sentenceStart, sentenceEnd));
        map.put("sourceId", sourceId);
        map.put("sourceSha256", sourceSha256);
        map.put("passage", List.of(passageStart, passageEnd));
        map.put("licence", licence);
        map.put("creditLine", creditLine);
        map.put("verdict", verdict);
        map.put("score", score());
        return map;
    }

    private static BigDecimal rounded(BigDecimal value) {
        return value.setScale(4, RoundingMode.HALF_EVEN);
    }
}
