package org.imprimatur.provenance.disclosure;

import static org.imprimatur.provenance.disclosure.DisclosureFixtures.LABEL;
import static org.imprimatur.provenance.disclosure.DisclosureFixtures.NOON;
import static org.imprimatur.provenance.disclosure.DisclosureFixtures.PRESS_RELEASE;
import static org.imprimatur.provenance.disclosure.DisclosureFixtures.WIRE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.StringReader;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.imprimatur.spi.content.RevisionView;
import org.junit.jupiter.api.Test;

class PublicationJsonLdTest {

    private static final RevisionView ARTICLE = DisclosureFixtures.article("Bridge \"reopens\" </script>",
            "The bridge reopened on Monday.\nIt cost $4 million.");

    /** What a consumer reads: the record as published text, parsed again. */
    private static JsonObject published() {
        return published(JsonLdSettings.DEFAULT);
    }

    private static JsonObject published(JsonLdSettings settings) {
        String text = PublicationJsonLd.render(ARTICLE, LABEL, List.of(PRESS_RELEASE, WIRE), "dave", NOON,
                settings).toString();
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    @Test
    void isValidJsonOfASchemaOrgNewsArticleEvenWithQuotesInTheText() {
        JsonObject article = published();

        assertEquals("https://schema.org", article.getString("@context"));
        assertEquals("NewsArticle", article.getString("@type"));
        assertEquals("Bridge \"reopens\" </script>", article.getString("headline"));
        assertEquals(ARTICLE.body(), article.getString("articleBody"));
        assertEquals("2026-11-29T12:00:00Z", article.getString("datePublished"));
        assertEquals("urn:uuid:" + ARTICLE.itemId(), article.getString("identifier"));
    }

    @Test
    void namesTheAiSystemAndTheResponsibleEditorAsCreators() {
        JsonArray creators = published().getJsonArray("creator");

        JsonObject software = creators.getJsonObject(0);
        assertEquals("SoftwareApplication", software.getString("@type"));
        assertEquals("extractive-1", software.getString("name"));
        assertEquals("1", software.getString("softwareVersion"));
        assertEquals("grounded", software.getJsonObject("provider").getString("name"));
        JsonObject editor = creators.getJsonObject(1);
        assertEquals("Person", editor.getString("@type"));
        assertEquals("dave", editor.getString("name"));
        assertEquals("dave", published().getJsonObject("editor").getString("identifier"));
    }

    @Test
    void citesEverySourceWithItsDigestLicenceAndCredit() {
        JsonArray citations = published().getJsonArray("citation");

        assertEquals(2, citations.size());
        JsonObject pressRelease = citations.getJsonObject(0);
        assertEquals("CreativeWork", pressRelease.getString("@type"));
        assertEquals("Budget press release", pressRelease.getString("name"));
        assertEquals("https://riverton.example/budget", pressRelease.getString("url"));
        assertEquals("sha256:" + PRESS_RELEASE.sha256().orElseThrow().hex(), pressRelease.getString("identifier"));
        assertEquals("CC BY 4.0", pressRelease.getString("license"));
        assertEquals("City of Riverton", pressRelease.getString("creditText"));
        JsonObject wire = citations.getJsonObject(1);
        assertFalse(wire.containsKey("url"), "a file name is no URL");
        assertFalse(wire.containsKey("license"));
    }

    @Test
    void statesHowItWasMade() {
        JsonObject article = published();

        assertEquals("https://schema.org/CompositeWithTrainedAlgorithmicMediaDigitalSource",
                article.getString("digitalSourceType"));
        assertEquals(LABEL.statement(), article.getJsonObject("publishingPrinciples").getString("text"));
    }

    @Test
    void byDefaultNamesNoPublisherPolicyPageOrLanguage() {
        JsonObject article = published();

        assertFalse(article.containsKey("publisher"));
        assertFalse(article.containsKey("inLanguage"));
        assertFalse(article.getJsonObject("publishingPrinciples").containsKey("url"));
    }

    @Test
    void aDesksSettingsAddThePublisherPolicyPageAndLanguage() {
        JsonObject article = published(new JsonLdSettings("Riverton Gazette", "https://gazette.example",
                "https://gazette.example/ai-policy", true, "en-GB"));

        JsonObject publisher = article.getJsonObject("publisher");
        assertEquals("Organization", publisher.getString("@type"));
        assertEquals("Riverton Gazette", publisher.getString("name"));
        assertEquals("https://gazette.example", publisher.getString("url"));
        assertEquals("en-GB", article.getString("inLanguage"));
        JsonObject principles = article.getJsonObject("publishingPrinciples");
        assertEquals("https://gazette.example/ai-policy", principles.getString("url"));
        assertEquals(LABEL.statement(), principles.getString("text"), "the statement stays the label's");
    }

    @Test
    void aDeskThatNamesNoStaffLeavesTheEditorOutButKeepsTheAiSystem() {
        JsonObject article = published(new JsonLdSettings("Riverton Gazette", "", "", false, ""));

        assertFalse(article.containsKey("editor"));
        assertEquals(List.of("SoftwareApplication"), article.getJsonArray("creator").getValuesAs(JsonObject.class)
                .stream().map(creator -> creator.getString("@type")).toList());
        assertFalse(article.getJsonObject("publisher").containsKey("url"));
    }
}
