package qc.passerelle.commonview.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import qc.passerelle.web.InvalidFieldException;
import qc.passerelle.web.NotFoundException;

/**
 * A person who types a wrong filter or follows a dead link gets a page in their language that says what was wrong
 * and how to go back, with the same status an API client would get. Refusals (403) come here from security.
 */
@ControllerAdvice(annotations = DashboardPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler(InvalidFieldException.class)
    String invalid(InvalidFieldException e, Model model, HttpServletResponse response) {
        model.addAttribute("field", e.field());
        model.addAttribute("detail", e.getMessage());
        return error(HttpStatus.BAD_REQUEST, model, response);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    String badParameter(Exception e, Model model, HttpServletResponse response) {
        String field = e instanceof MethodArgumentTypeMismatchException m ? m.getName()
                : ((MissingServletRequestParameterException) e).getParameterName();
        model.addAttribute("field", field);
        return error(HttpStatus.BAD_REQUEST, model, response);
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        return error(HttpStatus.NOT_FOUND, model, response);
    }

    static String error(HttpStatus status, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        return "erreur";
    }
}
