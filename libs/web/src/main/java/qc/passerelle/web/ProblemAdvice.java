package qc.passerelle.web;

import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.DatabindException;

/**
 * Every error leaves as an RFC 9457 problem document ({@code application/problem+json}); a bad input names its field
 * in {@code field} and lists all problems in {@code errors}, so a client can point at what to fix.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);
    /** How long a client should wait before trying again while the store is away. */
    static final String RETRY_AFTER_SECONDS = "5";

    record FieldError(String field, String message) {
    }

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<Object> invalidField(InvalidFieldException e, WebRequest request) {
        return invalid(List.of(new FieldError(e.field(), e.getMessage())), request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException e, WebRequest request) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage())).toList();
        return invalid(errors, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e, WebRequest request) {
        return invalid(List.of(new FieldError(e.getName(), "value '" + e.getValue() + "' has the wrong type")), request);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e, WebRequest request) {
        return problem(HttpStatus.CONFLICT, ProblemTitles.Kind.CONFLICT, e.getMessage(),
                e.field() == null ? Map.of() : Map.of("field", e.field()), request);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e, WebRequest request) {
        return problem(HttpStatus.NOT_FOUND, ProblemTitles.Kind.NOT_FOUND, e.getMessage(), Map.of(), request);
    }

    /**
     * Anything else: a 500 that says nothing of the cause, with the correlation id that the log line (which has the
     * stack trace) carries too. Security's refusals are left to its own handlers (401, 403).
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) throws Exception {
        if (e.getClass().getName().startsWith("org.springframework.security.")) {
            throw e;
        }
        if (isStoreFailure(e)) {
            return storeUnavailable(e, request);
        }
        String correlationId = CorrelationId.current();
        log.error("unexpected error [correlationId={}]", correlationId, e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTitles.Kind.UNEXPECTED,
                "an unexpected error occurred; quote the correlation id to the support team",
                Map.of("correlationId", correlationId), request);
    }

    /** The MongoDB driver's own failures to reach the store, when they arrive untranslated. */
    private static boolean isStoreFailure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getName();
            if (name.equals("com.mongodb.MongoTimeoutException") || name.startsWith("com.mongodb.MongoSocket")
                    || name.equals("com.mongodb.MongoNotPrimaryException")
                    || name.equals("com.mongodb.MongoNodeIsRecoveringException")) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        e.getBindingResult().getFieldErrors()
                .forEach(f -> errors.add(new FieldError(f.getField(), f.getDefaultMessage())));
        e.getBindingResult().getGlobalErrors()
                .forEach(g -> errors.add(new FieldError(g.getObjectName(), g.getDefaultMessage())));
        return invalid(errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                errors.add(new FieldError(result.getMethodParameter().getParameterName(), error.getDefaultMessage()))));
        return invalid(errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String field = "body";
        String message = "the body is not valid JSON for this request";
        if (e.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            field = databind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
            message = "value of '" + field + "' cannot be read: " + databind.getOriginalMessage();
        }
        return invalid(List.of(new FieldError(field, message)), request);
    }

    private ResponseEntity<Object> invalid(List<FieldError> errors, WebRequest request) {
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).reduce((a, b) -> a + "; " + b).orElse("");
        return problem(HttpStatus.BAD_REQUEST, ProblemTitles.Kind.INVALID, detail,
                Map.of("field", errors.isEmpty() ? "body" : errors.get(0).field(), "errors", errors), request);
    }

    static ResponseEntity<Object> storeUnavailable(Exception e, WebRequest request) {
        String correlationId = CorrelationId.current();
        log.warn("store unavailable [correlationId={}]: {}", correlationId, e.toString());
        ResponseEntity<Object> problem = problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTitles.Kind.UNAVAILABLE,
                "the database cannot be reached right now; try again in a few seconds with the same Idempotency-Key",
                Map.of("correlationId", correlationId), request);
        return ResponseEntity.status(problem.getStatusCode()).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem.getBody());
    }

    static ResponseEntity<Object> problem(HttpStatus status, ProblemTitles.Kind kind, String detail,
                                                  Map<String, Object> properties, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:passerelle:problem:" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setTitle(ProblemTitles.title(kind, request.getLocale()));
        properties.forEach(problem::setProperty);
        return ResponseEntity.status(status).body(problem);
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
