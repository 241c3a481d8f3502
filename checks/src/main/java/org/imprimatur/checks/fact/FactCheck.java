package org.imprimatur.checks.fact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.imprimatur.spi.check.CheckContext;
import org.imprimatur.spi.check.CheckFailedException;
import org.imprimatur.spi.check.CheckReport;
import org.imprimatur.spi.check.ContentCheck;
import org.imprimatur.spi.check.Finding;
import org.imprimatur.spi.content.RevisionView;
import org.imprimatur.spi.source.SourcePassages;

/**
 * The {@code fact} check: every check-worthy claim of the revision body against the item's sources, one finding per
 * claim — supported claims too, with severity {@code NONE}, so that reviewers see the evidence for every claim. The
 * finding's score is the probability that the sources support the claim. How claims are found and judged:
 * {@link FactChecker}.
 *
 * <p>The report's models name the embedding model (the one the sources' passages were stored with), the
 * part-of-speech model and the calibration version.
 *
 * <p><b>Threading:</b> one instance serves all revisions, from several threads at once. <b>Failure:</b>
 * {@link CheckFailedException} if a model cannot be loaded or the passages cannot embed the claims.
 */
public final class FactCheck implements ContentCheck {

    /** The check's id, also its configuration scope {@code imprimatur.check.fact.*}. */
    public static final String ID = "fact";

    @Override
    public String id() {
        return ID;
    }

    /**
     * Runs after the built-in checks that embed every sentence of the body ({@code toxicity}). The checks of one
     * revision share the embeddings of their context, and this check's claims are sentences or runs of sentences
     * ({@link FactChecker}), so it then embeds nothing of its own. The other way round, it would embed its claims in a
     * batch of their own and leave the rest of the sentences to a second one.
     */
    @Override
    public int order() {
        return 10;
    }

    @Override
    public CheckReport check(RevisionView revision, CheckContext context) throws CheckFailedException {
        FactChecker checker;
        try {
            checker = FactChecker.shared();
        } catch (IllegalStateException e) {
            throw new CheckFailedException("The fact check could not load its models: " + e.getMessage(), e);
        }
        SourcePassages passages = context.passages();
        String body = revision.body() == null ? "" : revision.body();
        List<ClaimDetector.Detected> claims = checker.detect(body);
        List<ClaimAssessment> assessments;
        try {
            assessments = checker.assessDetected(claims, passages);
        } catch (RuntimeException e) {
            throw new CheckFailedException("The fact check could not compare the claims with the sources: "
                    + e.getMessage(), e);
        }
        List<Finding> findings = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            ClaimAssessment assessment = assessments.get(i);
            findings.add(new Finding(claims.get(i).claim().span(), assessment.category(), assessment.severity(),
                    assessment.verdict(), assessment.supportProbability(), assessment.reason(), assessment.evidence()));
        }
        Map<String, String> models = new LinkedHashMap<>();
        models.put("embedding", passages.embeddingModel());
        models.put("pos", checker.partOfSpeechModel());
        models.put("calibration", checker.calibrationVersion());
        return new CheckReport(ID, findings, models);
    }
}
