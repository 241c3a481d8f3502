package org.imprimatur.app.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.imprimatur.app.audit.Dashboard;
import org.imprimatur.app.audit.DeskStatistics;
import org.imprimatur.review.domain.ContentItem;
import org.imprimatur.spi.Role;

/** The compliance dashboard's figures, for compliance officers and administrators, who oversee every desk. */
@Path("dashboard")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.COMPLIANCE, Role.ADMIN})
@Tag(name = "Dashboard", description = "Figures of the newsroom's review, for compliance")
public class DashboardResource {

    @Inject
    private DeskStatistics statistics;

    @GET
    @Operation(summary = "Items by state, AI share per desk, findings by kind, override rate, time in review",
            description = "Every criterion is optional: desk limits every figure to one desk; from (inclusive) and to "
                    + "(exclusive), ISO-8601 instants, to a window of time. itemsByState: the items submitted in the "
                    + "window, by desk and the state they are in now. aiShare: per desk, of the articles released in "
                    + "the window, the share of the released sentences that stand word for word as the AI draft "
                    + "(revision 1) had them — the measure each release's label decision recorded in the ledger, "
                    + "pooled over the desk's releases (releases from before it was recorded count in releases, not "
                    + "in the share). findings: those raised in the window, by check, category, verdict and severity, "
                    + "with what became of them. overrides: overridden / resolved (fixed, accepted or overridden) of "
                    + "those findings. timeInReview: the review rounds decided in the window, from the item entering "
                    + "review (submitted, or revised after changes were requested) to the decision that took it out "
                    + "(approved with every approval the policy asks for, changes requested, rejected), from the "
                    + "ledger's times: mean, median and 90th percentile (nearest rank) in seconds. A ratio or time "
                    + "with nothing to compute it from is absent, not 0.")
    @APIResponse(responseCode = "422", description = "A malformed desk name or time")
    public Dashboard dashboard(@QueryParam("desk") String desk, @QueryParam("from") String from,
                               @QueryParam("to") String to) {
        String deskName = desk == null || desk.isBlank() ? null : ContentItem.deskName(desk);
        return statistics.dashboard(deskName, instant("from", from), instant("to", to));
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidRequestException.unprocessable(name + " must be an ISO-8601 instant such as "
                    + "2026-11-29T08:00:00Z, not '" + value + "'");
        }
    }
}
