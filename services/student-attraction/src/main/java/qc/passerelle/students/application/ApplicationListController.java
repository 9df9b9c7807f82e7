package qc.passerelle.students.application;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import qc.passerelle.security.Caller;
import qc.passerelle.security.audit.AuditTrail;
import qc.passerelle.students.export.Batches;
import qc.passerelle.students.export.CsvExport;
import qc.passerelle.students.validation.CountryCodes;
import qc.passerelle.web.PageRequest;
import qc.passerelle.web.PageResponse;
import qc.passerelle.web.Pages;

/** Applications for MIFI (all) and an institution (its programs'): a page of JSON; all of them as CSV for MIFI. */
@RestController
class ApplicationListController {

    private final Pages pages;
    private final MongoTemplate mongo;
    private final AuditTrail audit;
    private final CsvExport csv;

    ApplicationListController(Pages pages, MongoTemplate mongo, AuditTrail audit, CsvExport csv) {
        this.pages = pages;
        this.mongo = mongo;
        this.audit = audit;
        this.csv = csv;
    }

    @GetMapping("/api/applications")
    @PreAuthorize("hasAnyRole('MIFI', 'INSTITUTION')")
    PageResponse<ApplicationResponse> applications(@RequestParam(required = false) String programId,
                                                   @RequestParam(required = false) String prospectId,
                                                   @RequestParam(required = false) ApplicationStatus status,
                                                   @RequestParam(required = false) String citizenship,
                                                   @RequestParam(required = false) String promotionEventId,
                                                   @RequestParam(required = false) Integer page,
                                                   @RequestParam(required = false) Integer size) {
        Caller caller = Caller.current();
        PageResponse<ApplicationResponse> found = pages.of(StudyApplication.COLLECTION, StudyApplication.class,
                condition(caller, programId, prospectId, status, citizenship, promotionEventId),
                Sort.by("familyName", "givenName", "_id"), PageRequest.of(page, size), ApplicationResponse::of);
        audit.personalRecordsRead(caller, "list study applications",
                found.items().stream().map(ApplicationResponse::prospectId).distinct().toList());
        return found;
    }

    @GetMapping("/api/applications/export.csv")
    @PreAuthorize("hasRole('MIFI')")
    void export(@RequestParam(required = false) String programId, @RequestParam(required = false) String prospectId,
                @RequestParam(required = false) ApplicationStatus status, @RequestParam(required = false) String citizenship,
                @RequestParam(required = false) String promotionEventId, HttpServletResponse response) throws IOException {
        Caller caller = Caller.current();
        Criteria condition = condition(caller, programId, prospectId, status, citizenship, promotionEventId);
        // the audit names people: the prospects whose applications leave in the file
        Set<String> people = new LinkedHashSet<>();
        Batches.forEach(mongo, StudyApplication.COLLECTION, condition, List.of("_id", "prospectId"),
                doc -> people.add(doc.getString("prospectId")));
        csv.audit(caller, "export study applications", List.copyOf(people));
        PrintWriter out = csv.open(response, "applications.csv", "applicationId", "prospectId", "givenName",
                "familyName", "citizenship", "birthYear", "programId", "institutionId", "intakeTerm",
                "labourShortageAligned", "status", "submittedOn", "decidedOn");
        Batches.forEach(mongo, StudyApplication.COLLECTION, StudyApplication.class, condition, StudyApplication::id,
                a -> CsvExport.line(out, a.id(), a.prospectId(), a.givenName(), a.familyName(), a.citizenship(),
                        a.birthYear(), a.programId(), a.institutionId(), a.intakeTerm(), a.labourShortageAligned(),
                        a.status(), a.submittedOn(), a.decidedOn()));
        out.flush();
    }

    private static Criteria condition(Caller caller, String programId, String prospectId, ApplicationStatus status,
                                      String citizenship, String promotionEventId) {
        return Pages.allOf(ApplicationScope.POLICY.require(caller),
                programId == null ? null : where("programId").is(programId),
                prospectId == null ? null : where("prospectId").is(prospectId),
                status == null ? null : where("status").is(status),
                citizenship == null ? null : where("citizenship").is(CountryCodes.require("citizenship", citizenship)),
                promotionEventId == null ? null : where("promotionEventId").is(promotionEventId));
    }
}
