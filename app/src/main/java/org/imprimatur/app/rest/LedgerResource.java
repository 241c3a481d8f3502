package org.imprimatur.app.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.imprimatur.provenance.ledger.Ledger;
import org.imprimatur.provenance.ledger.LedgerVerification;
import org.imprimatur.spi.Role;

/** The provenance ledger, for compliance officers. */
@Path("ledger")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.COMPLIANCE, Role.ADMIN})
@Tag(name = "Ledger", description = "The tamper-evident provenance ledger")
public class LedgerResource {

    @Inject
    private Ledger ledger;

    @GET
    @Path("verify")
    @Operation(summary = "Recompute the hash chain",
            description = "valid is false when any stored entry no longer matches its hash or its predecessor; "
                    + "firstBrokenSeq then names the first such entry.")
    public LedgerVerification verify() {
        return ledger.verify();
    }
}
