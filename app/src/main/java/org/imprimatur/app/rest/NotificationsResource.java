package org.imprimatur.app.rest;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.imprimatur.app.notifications.DeliveryClaims;
import org.imprimatur.app.notifications.DeliveryLog;
import org.imprimatur.app.notifications.DeliveryNotRetryableException;
import org.imprimatur.app.notifications.DeliveryStatus;
import org.imprimatur.app.notifications.NotificationDispatcher;
import org.imprimatur.spi.Role;

/** The notification delivery log, for administrators: what was sent where, every attempt, and retrying failures. */
@Path("notifications/deliveries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
@Tag(name = "Notifications", description = "Webhook and e-mail deliveries and their attempts")
public class NotificationsResource {

    @Inject
    private DeliveryLog log;

    @Inject
    private DeliveryClaims claims;

    @Inject
    private NotificationDispatcher dispatcher;

    /** One page of the delivery log. */
    public record DeliveryPage(int page, int size, boolean more, List<DeliveryDocument> deliveries) {
    }

    @GET
    @Operation(summary = "The delivery log, newest first",
            description = "Every webhook and e-mail delivery with each attempt's time, duration, HTTP status and "
                    + "error. status (PENDING, SENDING, DELIVERED, FAILED) and itemId narrow it down.")
    @APIResponse(responseCode = "422", description = "An unknown status, or a malformed page or size")
    public DeliveryPage deliveries(@QueryParam("status") String status, @QueryParam("itemId") String itemId,
                                   @QueryParam("page") @DefaultValue("0") int page,
                                   @QueryParam("size") @DefaultValue("50") int size) {
        Paging paging = new Paging(page, size);
        List<DeliveryLog.Entry> found = log.page(status(status), blankToNull(itemId), paging.offset(),
                paging.fetch());
        return new DeliveryPage(page, size, paging.more(found),
                paging.rows(found).stream().map(DeliveryDocument::of).toList());
    }

    @POST
    @Path("{id}/retry")
    @Operation(summary = "Try a failed delivery once more, now",
            description = "It is PENDING again and due at once; one more failure fails it again. The log shows how "
                    + "it went.")
    @APIResponse(responseCode = "204", description = "Queued again")
    @APIResponse(responseCode = "404", description = "No such delivery")
    @APIResponse(responseCode = "409", description = "The delivery has not failed (it is pending, sending or delivered)")
    public Response retry(@PathParam("id") String id) {
        try {
            if (!claims.retry(id)) {
                throw new NotFoundException("No delivery " + id);
            }
        } catch (DeliveryNotRetryableException e) {
            throw new ClientErrorException(e.getMessage(), Response.Status.CONFLICT);
        }
        dispatcher.wake();
        return Response.noContent().build();
    }

    private static DeliveryStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return DeliveryStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.unprocessable("status must be one of PENDING, SENDING, DELIVERED, FAILED, "
                    + "not '" + status + "'");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
