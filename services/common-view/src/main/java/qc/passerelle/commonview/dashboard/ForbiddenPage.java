package qc.passerelle.commonview.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** Where security sends a refusal (403) of a page, an export or a stream outside the person's scope. */
@Controller
@DashboardPage
class ForbiddenPage {

    @RequestMapping(DashboardSecurity.FORBIDDEN_PAGE)
    String forbidden(Model model, HttpServletResponse response) {
        return PageErrors.error(HttpStatus.FORBIDDEN, model, response);
    }
}
