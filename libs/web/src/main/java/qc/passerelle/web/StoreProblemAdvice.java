package qc.passerelle.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/**
 * The database's failures, for services that have one: a lost race on a unique value is a conflict (409); a store
 * that cannot be reached or does not answer is a 503 with {@code Retry-After}, never a 500, and nothing was written.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StoreProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(StoreProblemAdvice.class);

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Object> raced(DuplicateKeyException e, WebRequest request) {
        log.info("a concurrent command won a race on a unique value: {}", e.getMostSpecificCause().getClass().getSimpleName());
        return ProblemAdvice.problem(HttpStatus.CONFLICT, ProblemTitles.Kind.CONFLICT,
                "another request changed the same record at the same time; read it again and retry if still needed",
                java.util.Map.of(), request);
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class,
            QueryTimeoutException.class})
    ResponseEntity<Object> storeUnavailable(Exception e, WebRequest request) {
        return ProblemAdvice.storeUnavailable(e, request);
    }
}
