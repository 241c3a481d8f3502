package org.imprimatur.generation.jobs;

import java.util.List;
import java.util.Objects;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.imprimatur.spi.drafting.Brief;

/**
 * What an editor asked to be drafted: kept with the job, so that whichever instance runs it drafts exactly this.
 *
 * @param brief     the brief
 * @param sourceIds the sources to draw on, in the editor's order
 * @param provider  the drafting provider's id
 */
public record DraftOrder(Brief brief, List<String> sourceIds, String provider) {

    public DraftOrder {
        Objects.requireNonNull(brief, "brief");
        Objects.requireNonNull(provider, "provider");
        sourceIds = List.copyOf(sourceIds);
    }

    JsonObject toJson() {
        return Json.createObjectBuilder()
                .add("brief", Json.createObjectBuilder()
                        .add("topic", brief.topic())
                        .add("angle", brief.angle())
                        .add("desk", brief.desk())
                        .add("targetWords", brief.targetWords())
                        .add("language", brief.language()))
                .add("sourceIds", Json.createArrayBuilder(sourceIds))
                .add("provider", provider)
                .build();
    }

    static DraftOrder fromJson(JsonObject json) {
        JsonObject brief = json.getJsonObject("brief");
        return new DraftOrder(new Brief(brief.getString("topic"), brief.getString("angle"), brief.getString("desk"),
                brief.getInt("targetWords"), brief.getString("language")),
                json.getJsonArray("sourceIds").getValuesAs(JsonString::getString), json.getString("provider"));
    }
}
