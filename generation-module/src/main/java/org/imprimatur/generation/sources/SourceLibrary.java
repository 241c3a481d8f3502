package org.imprimatur.generation.sources;

import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.imprimatur.generation.ingest.SourceRejectedException;
import org.imprimatur.nlp.PassageIndex;
import org.imprimatur.spi.Actor;
import org.imprimatur.spi.source.Passage;
import org.imprimatur.spi.source.SourceDocument;
import org.imprimatur.spi.source.SourceRights;

/**
 * The newsroom's sources: ingesting uploads and URLs, reading them back, and the passage search drafting and
 * checks use. The same original bytes always give the same source, whoever uploads them and however often.
 */
@ApplicationScoped
public class SourceLibrary {

    @Inject
    private SourceIngestion ingestion;

    @Inject
    private SourceStore store;

    /**
     * Ingests an uploaded file.
     *
     * @param rights what the editor recorded about its use; ignored when the bytes are already a source
     * @throws SourceRejectedException if the file is too large, of a type Imprimatur does not take, hostile or
     *                                 unreadable
     */
    public Ingested upload(InputStream bytes, String fileName, SourceRights rights, Actor actor)
            throws SourceRejectedException {
        return store(ingestion.extract(bytes, fileName), rights, actor);
    }

    /**
     * Fetches and ingests a URL, refusing addresses inside the newsroom's network.
     *
     * @throws SourceRejectedException if the URL is refused, unreachable, or what it serves is rejected
     */
    public Ingested fetch(URI url, SourceRights rights, Actor actor) throws SourceRejectedException {
        return store(ingestion.fetch(url), rights, actor);
    }

    private Ingested store(SourceIngestion.Extracted extracted, SourceRights rights, Actor actor) {
        Optional<Source> known = store.findByDigest(extracted.source().sha256());
        if (known.isPresent()) {
            return new Ingested(known.get(), false);
        }
        IngestedSource ingested = ingestion.analyse(extracted);
        try {
            return new Ingested(store.add(ingested, rights, actor), true);
        } catch (PersistenceException e) {
            // Someone stored the same bytes a moment ago: theirs is the source.
            return store.findByDigest(ingested.sha256()).map(source -> new Ingested(source, false))
                    .orElseThrow(() -> e);
        }
    }

    /** @throws SourceNotFoundException if there is no such source */
    public Source find(String id) {
        return store.find(id).orElseThrow(() -> new SourceNotFoundException(id));
    }

    /** The most recently ingested sources, newest first. */
    public List<Source> newest(int limit) {
        return store.newest(limit);
    }

    /**
     * Records new rights for a source, in the ledger too.
     *
     * @throws SourceNotFoundException if there is no such source
     */
    public Source changeRights(String id, SourceRights rights, Actor actor) {
        return store.changeRights(id, rights, actor);
    }

    /**
     * The sources with these ids, in the order given (duplicates dropped).
     *
     * @throws SourceNotFoundException naming the first id that is not a source
     */
    @Transactional
    public List<Source> all(List<String> ids) {
        List<Source> sources = new ArrayList<>();
        for (String id : new LinkedHashSet<>(ids)) {
            sources.add(find(id));
        }
        return sources;
    }

    /** The rights recorded for those of these sources the library holds, by id; ids it does not hold are left out. */
    public Map<String, SourceRights> rightsOf(List<String> ids) {
        Map<String, SourceRights> rights = new LinkedHashMap<>();
        for (String id : ids) {
            store.find(id).ifPresent(source -> rights.put(id, source.rights()));
        }
        return rights;
    }

    /**
     * The stored passages of these sources with search over them; nothing is embedded again. Runs in a
     * transaction because job workers call it on managed threads.
     */
    @Transactional
    public SourceSet open(List<String> ids) {
        List<Source> sources = all(ids);
        List<Passage> passages = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        for (Source source : sources) {
            for (SourcePassage row : source.passageRows()) {
                passages.add(row.toPassage(source.text()));
                vectors.add(row.vector());
            }
        }
        List<SourceDocument> documents = sources.stream().map(Source::document).toList();
        return new SourceSet(documents, new PassageIndex(passages, vectors, ingestion.embedder()));
    }

    /**
     * The stored passages of those of these sources that exist, skipping ids that name none (content submitted
     * with a model card may cite sources Imprimatur never saw).
     */
    @Transactional
    public SourceSet openAvailable(List<String> ids) {
        return open(ids.stream().filter(id -> store.find(id).isPresent()).toList());
    }

    /**
     * A source as it was stored.
     *
     * @param created whether this call created it; false when the same bytes were already a source
     */
    public record Ingested(Source source, boolean created) {
    }
}
