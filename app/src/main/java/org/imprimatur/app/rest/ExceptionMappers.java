package org.imprimatur.app.rest;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.imprimatur.app.limits.BodyTooLargeException;
import org.imprimatur.app.security.AuthMode;
import org.imprimatur.app.security.oidc.IdentityProviderException;
import org.imprimatur.generation.ingest.SourceRejectedException;
import org.imprimatur.generation.jobs.GenerationRefusedException;
import org.imprimatur.generation.jobs.JobNotFoundException;
import org.imprimatur.generation.sources.SourceNotFoundException;
import org.imprimatur.review.domain.ItemNotFoundException;
import org.imprimatur.review.domain.TransitionRefusedException;
import org.imprimatur.review.domain.policy.InvalidPolicyException;
import org.imprimatur.review.domain.policy.PolicyChangedMeanwhileException;
import org.imprimatur.spi.check.CheckFailedException;

/**
 * Turns every exception that reaches JAX-RS into an RFC 9457 problem; nothing escapes as a bare 500 page.
 */
public final class ExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ExceptionMappers.class.getName());

    private ExceptionMappers() {
    }

    @Provider
    public static class TransitionRefused implements ExceptionMapper<TransitionRefusedException> {
        @Override
        public Response toResponse(TransitionRefusedException e) {
            return problem(e).toResponse();
        }

        /** The problem a refusal answers with; a judgement shows the same for a transition not taken. */
        static Problem problem(TransitionRefusedException e) {
            return switch (e.reason()) {
                case MISSING_ROLE -> Problem.of("missing-role", "Your role does not allow this", 403, e.getMessage());
                case FOUR_EYES -> Problem.of("four-eyes", "Someone else must do this", 403, e.getMessage());
                case ILLEGAL_STATE -> Problem.of("illegal-transition", "Not allowed in the item's state", 409,
                        e.getMessage());
                case STALE_REVISION -> Problem.of("stale-revision", "The item has changed", 409, e.getMessage());
                case INCOMPLETE_REQUEST -> Problem.of("incomplete-request", "Something is missing",
                        Problem.UNPROCESSABLE, e.getMessage());
                case DISCLOSURE_MISSING -> Problem.of("disclosure-missing", "No AI-disclosure label", 409,
                        e.getMessage());
                case POLICY -> Problem.of("policy", "A review policy refused this", 409, e.getMessage())
                        .with("rule", e.rules().get(0)).with("rules", e.rules());
                case INELIGIBLE_ASSIGNEE -> Problem.of("ineligible-assignee", "They cannot do this work",
                        Problem.UNPROCESSABLE, e.getMessage());
                case ALREADY_ASSIGNED -> Problem.of("already-assigned", "Someone else has this item", 409,
                        e.getMessage());
            };
        }
    }

    @Provider
    public static class InvalidPolicy implements ExceptionMapper<InvalidPolicyException> {
        @Override
        public Response toResponse(InvalidPolicyException e) {
            return Problem.of("invalid-policy", "The policy cannot be used", Problem.UNPROCESSABLE, e.getMessage())
                    .with("problems", e.problems()).toResponse();
        }
    }

    @Provider
    public static class PolicyChangedMeanwhile implements ExceptionMapper<PolicyChangedMeanwhileException> {
        @Override
        public Response toResponse(PolicyChangedMeanwhileException e) {
            return Problem.of("policy-changed", "The policy has changed", 409, e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class ItemNotFound implements ExceptionMapper<ItemNotFoundException> {
        @Override
        public Response toResponse(ItemNotFoundException e) {
            return Problem.of("not-found", "No such item", 404, e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class SourceRejected implements ExceptionMapper<SourceRejectedException> {
        @Override
        public Response toResponse(SourceRejectedException e) {
            Problem problem = switch (e.reason()) {
                case TOO_LARGE -> Problem.of("source-too-large", "The file is too large", 413, e.getMessage());
                case UNSUPPORTED_TYPE -> Problem.of("unsupported-source-type", "Imprimatur does not read this type",
                        415, e.getMessage());
                case MISLABELLED -> Problem.of("mislabelled-source", "The file is not what its name says", 415,
                        e.getMessage());
                case CORRUPT -> Problem.of("corrupt-source", "The file cannot be read", Problem.UNPROCESSABLE,
                        e.getMessage());
                case TOO_COMPLEX -> Problem.of("hostile-source", "The file expands beyond safe limits",
                        Problem.UNPROCESSABLE, e.getMessage());
                case TIMEOUT -> Problem.of("source-timeout", "Reading the file took too long", Problem.UNPROCESSABLE,
                        e.getMessage());
                case EMPTY -> Problem.of("empty-source", "The file holds no text", Problem.UNPROCESSABLE,
                        e.getMessage());
                case URL_REFUSED -> Problem.of("url-refused", "This URL may not be fetched", Problem.UNPROCESSABLE,
                        e.getMessage());
                case URL_UNREACHABLE -> Problem.of("url-unreachable", "The URL could not be fetched",
                        Problem.UNPROCESSABLE, e.getMessage());
            };
            return problem.with("reason", e.reason().name()).toResponse();
        }
    }

    @Provider
    public static class SourceNotFound implements ExceptionMapper<SourceNotFoundException> {
        @Override
        public Response toResponse(SourceNotFoundException e) {
            return Problem.of("source-not-found", "No such source", 404, e.getMessage())
                    .with("sourceId", e.sourceId()).toResponse();
        }
    }

    @Provider
    public static class JobNotFound implements ExceptionMapper<JobNotFoundException> {
        @Override
        public Response toResponse(JobNotFoundException e) {
            return Problem.of("not-found", "No such job", 404, e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class GenerationRefused implements ExceptionMapper<GenerationRefusedException> {
        @Override
        public Response toResponse(GenerationRefusedException e) {
            return Problem.of("generation-refused", "This cannot be generated as asked", Problem.UNPROCESSABLE,
                    e.getMessage()).toResponse();
        }
    }

    /** Keycloak could not be asked, e.g. about the user an item is assigned to. */
    @Provider
    public static class IdentityProviderUnavailable implements ExceptionMapper<IdentityProviderException> {
        @Override
        public Response toResponse(IdentityProviderException e) {
            LOG.log(Level.WARNING, "Keycloak could not be asked: {0}", e.getMessage());
            return Problems.identityProviderUnavailable().toResponse();
        }
    }

    @Provider
    public static class CheckFailed implements ExceptionMapper<CheckFailedException> {
        @Override
        public Response toResponse(CheckFailedException e) {
            return Problem.of("check-failed", "The check did not run", 503, "The check did not run: "
                    + e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class InvalidRequest implements ExceptionMapper<InvalidRequestException> {
        @Override
        public Response toResponse(InvalidRequestException e) {
            return Problem.of(e.status() == 400 ? "malformed-request" : "invalid-value",
                    e.status() == 400 ? "Malformed request" : "Unusable value", e.status(), e.getMessage())
                    .toResponse();
        }
    }

    /** 404 for unknown paths, 405, 406, 415 and the like, and the 401/403 of the role checks. */
    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            if (original.getStatus() == 400) {
                // Jersey's own 400s (an empty or unreadable body) say no more than "HTTP 400 Bad Request".
                return malformedBody(e);
            }
            Response.StatusType status = original.getStatusInfo();
            String kind = status.getReasonPhrase().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
            Response.ResponseBuilder problem = Response.fromResponse(
                    Problem.of(kind, status.getReasonPhrase(), status.getStatusCode(),
                            e.getMessage() == null ? status.getReasonPhrase() : e.getMessage()).toResponse());
            // Keep the Allow and WWW-Authenticate headers that make 405 and 401 useful.
            original.getHeaders().forEach((name, values) -> {
                if (!"Content-Type".equalsIgnoreCase(name)) {
                    values.forEach(value -> problem.header(name, value));
                }
            });
            if (status.getStatusCode() == 401 && original.getHeaderString("WWW-Authenticate") == null) {
                // RFC 9110: a 401 must say how to authenticate.
                problem.header("WWW-Authenticate", AuthMode.configured().challenge());
            }
            return problem.build();
        }
    }

    /** A body JSON-B could not read. */
    @Provider
    public static class UnreadableBody implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return malformedBody(e);
        }
    }

    @Provider
    public static class UnbindableBody implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return malformedBody(e);
        }
    }

    private static Response malformedBody(Exception e) {
        for (Throwable c = e; c != null && c.getCause() != c; c = c.getCause()) {
            if (c instanceof BodyTooLargeException tooLarge) {
                return Problems.bodyTooLarge(tooLarge.limit()).toResponse();
            }
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String detail = "The request body is missing or is not the JSON this endpoint expects";
        if (cause.getMessage() != null && !cause.getMessage().startsWith("HTTP 400")) {
            detail += ": " + cause.getMessage();
        }
        return Problem.of("malformed-request", "Malformed request", 400, detail).toResponse();
    }

    /**
     * A transaction that failed as it committed (a constraint, a lost race). Jersey's own mapper for these
     * answers with the container's HTML error page; this one answers as {@link Unexpected} does.
     */
    @Provider
    @Priority(Priorities.USER)
    public static class TransactionFailed implements ExceptionMapper<TransactionalException> {
        @Override
        public Response toResponse(TransactionalException e) {
            return new Unexpected().toResponse(e);
        }
    }

    /**
     * Everything else: a lost race between two concurrent changes becomes 409, anything unexpected a 500 whose
     * details go to the log, not to the caller.
     */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof OptimisticLockException || cause instanceof PessimisticLockException
                        || cause instanceof LockTimeoutException) {
                    return Problem.of("concurrent-change", "Changed concurrently", 409,
                            "Someone else changed this item at the same time; reload it and try again").toResponse();
                }
                if (cause.getCause() == cause) {
                    break;
                }
            }
            LOG.log(Level.SEVERE, "Unexpected error answering a request", e);
            return Problem.of("internal-error", "Internal error", 500,
                    "Something went wrong on the server; the error has been logged").toResponse();
        }
    }
}
