package org.imprimatur.app.rest;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.imprimatur.app.security.LocalAccount;
import org.imprimatur.app.security.LocalAccounts;
import org.imprimatur.app.security.SecurityAudit;
import org.imprimatur.review.domain.ContentItem;
import org.imprimatur.spi.Role;

/** Local accounts of the embedded sign-in, managed by administrators. */
@Path("accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
@Tag(name = "Accounts", description = "Local accounts (embedded sign-in)")
public class AccountsResource {

    static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    /**
     * The body of {@code POST /api/v1/accounts}.
     *
     * @param desks the desks an editor, reviewer or publisher works on; absent or empty for every desk
     */
    public record NewAccount(String username, String password, List<String> roles, List<String> desks) {
    }

    /** An account as the API shows it; never with its password hash. {@code desks} is empty for every desk. */
    public record AccountDocument(String username, List<String> roles, List<String> desks) {
    }

    @Inject
    private LocalAccounts accounts;

    @Context
    private UriInfo uriInfo;

    @Context
    private HttpServletRequest httpRequest;

    @POST
    @Operation(summary = "Create a local account")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "The user name is taken")
    @APIResponse(responseCode = "422", description = "Bad user name, short password, unknown role or malformed desk")
    public Response create(NewAccount request) {
        if (request == null) {
            throw InvalidRequestException.malformed("A JSON body with username, password and roles is required");
        }
        if (request.username() == null || !USERNAME.matcher(request.username()).matches()) {
            throw InvalidRequestException.unprocessable(
                    "username must be 2 to 64 lower-case letters, digits, dots, hyphens or underscores");
        }
        if (request.password() == null || request.password().length() < MIN_PASSWORD_LENGTH) {
            throw InvalidRequestException.unprocessable(
                    "password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        Set<String> roles = request.roles() == null ? Set.of() : Set.copyOf(request.roles());
        if (roles.isEmpty() || !Role.ALL.containsAll(roles)) {
            throw InvalidRequestException.unprocessable("roles must be one or more of " + Role.ALL.stream().sorted().toList());
        }
        // A malformed desk name is refused as everywhere else (422).
        Set<String> desks = request.desks() == null ? Set.of()
                : request.desks().stream().map(ContentItem::deskName).collect(Collectors.toSet());
        if (accounts.exists(request.username())) {
            return Problem.of("account-exists", "User name taken", 409,
                    "An account named '" + request.username() + "' already exists").toResponse();
        }
        LocalAccount account = accounts.create(request.username(), request.password().toCharArray(), roles, desks);
        SecurityAudit.configurationChanged("account created: " + account.username() + " roles="
                + sorted(account.roles()) + " desks=" + sorted(account.desks()), httpRequest);
        URI location = uriInfo.getAbsolutePathBuilder().path(account.username()).build();
        return Response.created(location)
                .entity(document(account))
                .build();
    }

    /** One page of a listing of accounts. */
    public record AccountsPage(int page, int size, boolean more, List<AccountDocument> accounts) {
    }

    @GET
    @Operation(summary = "The local accounts, by user name, with their roles and desks")
    @APIResponse(responseCode = "422", description = "A malformed page or size")
    public AccountsPage list(@QueryParam("page") @DefaultValue("0") int page,
                             @QueryParam("size") @DefaultValue("100") int size) {
        Paging paging = new Paging(page, size);
        List<LocalAccount> found = accounts.page(paging.offset(), paging.fetch());
        return new AccountsPage(page, size, paging.more(found), paging.rows(found).stream()
                .map(AccountsResource::document).toList());
    }

    private static AccountDocument document(LocalAccount account) {
        return new AccountDocument(account.username(), sorted(account.roles()), sorted(account.desks()));
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
