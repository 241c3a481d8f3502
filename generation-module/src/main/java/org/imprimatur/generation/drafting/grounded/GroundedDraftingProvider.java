package org.imprimatur.generation.drafting.grounded;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.imprimatur.spi.ProviderConfig;
import org.imprimatur.spi.content.ModelCard;
import org.imprimatur.spi.drafting.Brief;
import org.imprimatur.spi.drafting.Draft;
import org.imprimatur.spi.drafting.DraftRequest;
import org.imprimatur.spi.drafting.DraftingException;
import org.imprimatur.spi.drafting.DraftingProvider;
import org.imprimatur.spi.source.SourceDocument;

/**
 * The embedded, offline drafter (id {@value #ID}): it writes an article by choosing, ordering and copying sentences
 * of the editor's sources, so every sentence of its body is a source sentence and is attributed to it. It
 * generates no words of its own, needs no model beyond the sentence embeddings the sources were stored with, and
 * gives the same draft for the same input.
 *
 * <p>How a draft is made:
 * <ol>
 *   <li>the sources' sentences are cut into excerpts that keep quotations whole and with their speakers, and junk,
 *       repeats and sentences below the relevance floor are left out ({@link CandidatePool});</li>
 *   <li>excerpts are chosen by maximal marginal relevance until the brief's length is reached, never more than
 *       15 % over it ({@link MarginalRelevance}, {@link WordBudget}); when the sources hold less relevant material,
 *       the draft is shorter rather than padded;</li>
 *   <li>they are laid out with the most relevant as the standfirst and the rest grouped by source, in source order
 *       ({@link ArticleLayout}), and the headline is the top sentence condensed ({@link Headline}).</li>
 * </ol>
 * Sources in a language other than the brief's are left out: copying cannot translate. Configuration:
 * {@link GroundedSettings}.
 *
 * <p><b>Threading:</b> safe for concurrent drafts; {@link #init(ProviderConfig)} must happen before the first.
 * <b>Failure:</b> {@link DraftingException} when there are no sources, none in the brief's language, none with a
 * passage about the brief, or none short enough for the length asked.
 */
public final class GroundedDraftingProvider implements DraftingProvider {

    /** The provider id, also the model card's provider. */
    public static final String ID = "grounded";
    /** The model card's model: this drafter is an extractive algorithm, not a language model. */
    public static final String MODEL = "grounded-extractive";
    /** The version of the algorithm; raise it whenever the same input would give a different draft. */
    public static final String ALGORITHM_VERSION = "1";

    private volatile GroundedSettings settings = GroundedSettings.DEFAULTS;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void init(ProviderConfig config) {
        settings = GroundedSettings.from(config);
    }

    @Override
    public Draft draft(DraftRequest request) throws DraftingException {
        GroundedSettings settings = this.settings;
        Brief brief = request.brief();
        Set<String> usable = sourcesInLanguage(request.sources(), brief);

        List<Candidate> pool = CandidatePool.gather(request.passages(), usable, brief.asQuery(), settings.relevanceFloor());
        request.progress().accept(10);
        if (pool.isEmpty()) {
            throw new DraftingException("None of the " + usable.size() + " sources has a passage about \"" + brief.topic()
                    + "\". Attach sources on the subject, or restate the brief.");
        }
        List<Candidate> chosen = new MarginalRelevance(settings.lambda()).select(pool, new WordBudget(brief.targetWords()));
        request.progress().accept(60);
        if (chosen.isEmpty()) {
            throw new DraftingException("Every relevant passage of the sources is longer than the " + brief.targetWords()
                    + " words asked for. Ask for a longer draft.");
        }

        ArticleBody body = ArticleBody.of(ArticleLayout.paragraphs(chosen));
        String title = Headline.of(chosen.stream().map(Candidate::excerpt).toList());
        ModelCard card = new ModelCard(ID, MODEL, ALGORITHM_VERSION, Map.of(
                "embeddingModel", request.passages().embeddingModel(),
                "lambda", settings.lambda(),
                "relevanceFloor", settings.relevanceFloor(),
                "targetWords", brief.targetWords(),
                "wordsWritten", body.words(),
                "passagesUsed", body.passages()),
                DraftInput.digest(brief, request.sources()),
                request.sources().stream().map(SourceDocument::id).toList());
        request.progress().accept(100);
        return new Draft(title, body.text(), body.attributions(), card);
    }

    private static Set<String> sourcesInLanguage(List<SourceDocument> sources, Brief brief) throws DraftingException {
        if (sources.isEmpty()) {
            throw new DraftingException("There are no sources to draft from. Attach at least one source to the story.");
        }
        Set<String> usable = new LinkedHashSet<>();
        for (SourceDocument source : sources) {
            if (source.language().equals(brief.language()) || source.language().equals("und")) {
                usable.add(source.id());
            }
        }
        if (usable.isEmpty()) {
            throw new DraftingException("None of the " + sources.size() + " sources is in the brief's language ("
                    + brief.language() + "), and the grounded drafter copies sentences, it cannot translate them.");
        }
        return usable;
    }
}
