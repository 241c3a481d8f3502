package org.imprimatur.app.rest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.imprimatur.app.security.CurrentActor;
import org.imprimatur.app.security.SecurityAudit;
import org.imprimatur.review.application.DeskPolicies;
import org.imprimatur.review.domain.policy.PolicyRule;
import org.imprimatur.spi.Role;
import org.imprimatur.spi.content.ContentKind;
import org.imprimatur.spi.policy.ReviewAction;

/** The desks' review policies: what each requires before approval and release, with their history. */
@Path("policies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Policies", description = "Review policies per desk and kind of content")
public class PoliciesResource {

    /**
     * The body of {@code PUT /api/v1/policies/{desk}/{kind}}: rule name → parameters (a rule left out is off), and
     * optionally the version the change was made to, so that a change to a version another admin has replaced
     * meanwhile is refused rather than silently undoing theirs.
     */
    public record PolicyRequest(Map<String, Map<String, Object>> rules, Integer expectedVersion) {
    }

    /** A desk's policy for a kind: the version in force (perhaps every desk's), and the desk's own history. */
    public record PolicyHistory(String desk, String kind, PolicyDocument inForce, List<PolicyDocument> history) {
    }

    /**
     * A rule a policy can hold.
     *
     * @param name        its name in policies, e.g. {@code no-unresolved-high}
     * @param description what it asks, in a sentence
     * @param gates       the actions it is asked about ({@code approve}, {@code release}, ...)
     * @param parameters  the parameters it takes with their defaults, each a whole number from {@code min} to
     *                    {@code max}
     */
    public record RuleDocument(String name, String description, List<String> gates, Map<String, Integer> parameters,
                               int min, int max) {

        static RuleDocument of(PolicyRule rule) {
            return new RuleDocument(rule.wireName(), rule.description(),
                    rule.gates().stream().map(ReviewAction::wireName).sorted().toList(),
                    new TreeMap<>(rule.defaults()), PolicyRule.MIN_PARAMETER, PolicyRule.MAX_PARAMETER);
        }
    }

    @Inject
    private DeskPolicies policies;

    @Inject
    private CurrentActor actor;

    @Context
    private HttpServletRequest httpRequest;

    @GET
    @RolesAllowed({Role.EDITOR, Role.REVIEWER, Role.PUBLISHER, Role.COMPLIANCE, Role.ADMIN})
    @Operation(summary = "The review policies in force",
            description = "For each kind, the policy of every desk without its own (desk '*'; the built-in default, "
                    + "version 0, until an admin stores one), then each desk's own current version.")
    public List<PolicyDocument> current() {
        return policies.current().stream().map(PolicyDocument::of).toList();
    }

    @GET
    @Path("rules")
    @RolesAllowed({Role.EDITOR, Role.REVIEWER, Role.PUBLISHER, Role.COMPLIANCE, Role.ADMIN})
    @Operation(summary = "The rules a policy can hold, with what each asks and its parameters")
    public List<RuleDocument> rules() {
        return Arrays.stream(PolicyRule.values()).map(RuleDocument::of).toList();
    }

    @GET
    @Path("{desk}/{kind}")
    @RolesAllowed({Role.EDITOR, Role.REVIEWER, Role.PUBLISHER, Role.COMPLIANCE, Role.ADMIN})
    @Operation(summary = "A desk's policy for a kind of content: the version in force and the desk's history")
    @APIResponse(responseCode = "404", description = "No such kind of content")
    @APIResponse(responseCode = "422", description = "The desk name is no slug")
    public PolicyHistory history(@PathParam("desk") String desk, @PathParam("kind") String kind) {
        ContentKind contentKind = kind(kind);
        List<PolicyDocument> history = policies.history(desk, contentKind).stream().map(PolicyDocument::of).toList();
        return new PolicyHistory(desk, contentKind.name(),
                PolicyDocument.of(policies.inForce(desk, contentKind)), history);
    }

    @PUT
    @Path("{desk}/{kind}")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Store a new version of a desk's policy for a kind of content",
            description = "The body names the rules that are on, each with its parameters (a parameter left out takes "
                    + "its default): {\"rules\": {\"no-unresolved-high\": {}, \"reviewer-approvals\": {\"count\": 1, "
                    + "\"imagesOfPeople\": 2}}, \"expectedVersion\": 3}; expectedVersion (optional) is the version "
                    + "the change was made to. The change is recorded in the ledger.")
    @APIResponse(responseCode = "200", description = "The new version, now in force")
    @APIResponse(responseCode = "404", description = "No such kind of content")
    @APIResponse(responseCode = "409", description = "The desk's policy is no longer at expectedVersion, or another "
            + "admin stored a version at the same time")
    @APIResponse(responseCode = "422", description = "An unknown rule or parameter, or a value out of range")
    public PolicyDocument change(@PathParam("desk") String desk, @PathParam("kind") String kind,
                                 PolicyRequest request) {
        if (request == null || request.rules() == null) {
            throw InvalidRequestException.malformed("A JSON body with rules is required, e.g. {\"rules\": {}}");
        }
        PolicyDocument changed = PolicyDocument.of(policies.change(desk, kind(kind), request.rules(),
                request.expectedVersion(), actor.get()));
        SecurityAudit.configurationChanged("policy desk=" + desk + " kind=" + kind, httpRequest);
        return changed;
    }

    private static ContentKind kind(String kind) {
        return Arrays.stream(ContentKind.values()).filter(k -> k.name().equals(kind.toUpperCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new NotFoundException("There is no kind of content '" + kind
                        + "'; kinds are " + Arrays.stream(ContentKind.values())
                        .map(k -> k.name().toLowerCase(Locale.ROOT)).toList()));
    }
}
