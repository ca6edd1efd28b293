package vn.hoctap.bot.web;

import java.util.NoSuchElementException;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import vn.hoctap.content.importing.ImportFailedException;
import vn.hoctap.scheduler.rules.RuleViolation;
import vn.hoctap.scheduler.rules.UnprocessableRule;
import vn.hoctap.scheduler.unit.OutOfScopeException;
import vn.hoctap.scheduler.unit.UnitChangeException;

/**
 * The one error handler of the JSON API: every refusal is an RFC 9457 {@code ProblemDetail} with
 * the right status, a title in the caller's language and the service's reason as the detail.
 * Controllers never catch; services say what went wrong by the exception they throw. The Mini App
 * ({@code /webapp/api}, used by members) gets member-facing Vietnamese details instead of the
 * services' reasons, which may name internal ids.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrors extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, memberFacing(request, "webapp.notFound", e.getMessage()));
    }

    @ExceptionHandler({OutOfScopeException.class, AccessDeniedException.class})
    ProblemDetail forbidden(RuntimeException e) {
        return problem(HttpStatus.FORBIDDEN, e.getMessage());
    }

    /** A business rule refused the request: the reason in the caller's language, the form field and the message key as properties. */
    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolated(RuleViolation e) {
        return ruleProblem(e);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /** A request that is well formed but cannot be done in the current state (already cancelled, already linked…). */
    @ExceptionHandler(IllegalStateException.class)
    ProblemDetail conflict(IllegalStateException e) {
        return problem(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(UnitChangeException.class)
    ProblemDetail refusedChange(UnitChangeException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, messages.getMessage(e.key(), e.args(), LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(ImportFailedException.class)
    ProblemDetail importFailed(ImportFailedException e) {
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        p.setProperty("file", e.fileName());
        return p;
    }

    /**
     * An unreadable body: a value object refusing itself while being read (its constructor's
     * reason, e.g. "the end must be after the start") is the detail; anything else is only
     * "malformed", since the parser's own text names Java types.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getMostSpecificCause();
        if (cause instanceof RuleViolation rule) {
            return handleExceptionInternal(ex, ruleProblem(rule), headers, status, request);
        }
        String detail = cause instanceof IllegalArgumentException || cause instanceof IllegalStateException ? cause.getMessage()
                : "malformed JSON body";
        return handleExceptionInternal(ex, problem(HttpStatus.BAD_REQUEST, detail), headers, status, request);
    }

    /** Spring MVC's own refusals (unreadable JSON, a missing or mistyped parameter…): same shape, localised title. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail p) {
            p.setTitle(title(status));
            if (request.getDescription(false).startsWith("uri=/webapp/api")) {
                p.setDetail(messages.getMessage("webapp.notFound", null, LocaleContextHolder.getLocale()));
            }
        }
        return super.handleExceptionInternal(ex, body, headers, status, request);
    }

    private ProblemDetail ruleProblem(RuleViolation e) {
        // 422 when the request is well formed but the data it refers to cannot support it (UnprocessableRule), else 400.
        HttpStatus status = e instanceof UnprocessableRule ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.BAD_REQUEST;
        ProblemDetail p = problem(status, messages.getMessage(e.key(), e.args(), e.getMessage(), LocaleContextHolder.getLocale()));
        if (e.field() != null) {
            p.setProperty("field", e.field());
        }
        p.setProperty("code", e.key());
        return p;
    }

    private String memberFacing(HttpServletRequest request, String key, String detail) {
        return request.getRequestURI().startsWith("/webapp/api") ? messages.getMessage(key, null, LocaleContextHolder.getLocale())
                : detail;
    }

    private ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title(status));
        return p;
    }

    private String title(HttpStatusCode status) {
        return messages.getMessage("api.error." + status.value(), null, HttpStatus.valueOf(status.value()).getReasonPhrase(),
                LocaleContextHolder.getLocale());
    }
}
