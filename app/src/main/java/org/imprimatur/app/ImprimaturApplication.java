package org.imprimatur.app;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.imprimatur.spi.Role;

/** The REST API, version 1. */
@ApplicationPath("/api/v1")
@ApplicationScoped
@DeclareRoles({Role.EDITOR, Role.REVIEWER, Role.PUBLISHER, Role.COMPLIANCE, Role.ADMIN})
@OpenAPIDefinition(
        info = @Info(title = "Imprimatur API", version = "1",
                description = "Governed AI drafting: every AI-generated item goes through human review, "
                        + "and every step is recorded in a verifiable provenance ledger.",
                license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ImprimaturApplication extends Application {
}
