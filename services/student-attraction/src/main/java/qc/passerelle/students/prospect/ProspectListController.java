package qc.passerelle.students.prospect;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
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

/** Prospects for MIFI (all) and an institution (those it concerns): a page of JSON; all of them as CSV for MIFI. */
@RestController
class ProspectListController {

    private final Pages pages;
    private final MongoTemplate mongo;
    private final AuditTrail audit;
    private final CsvExport csv;

    ProspectListController(Pages pages, MongoTemplate mongo, AuditTrail audit, CsvExport csv) {
        this.pages = pages;
        this.mongo = mongo;
        this.audit = audit;
        this.csv = csv;
    }

    @GetMapping("/api/prospects")
    @PreAuthorize("hasAnyRole('MIFI', 'INSTITUTION')")
    PageResponse<ProspectResponse> prospects(@RequestParam(required = false) String citizenship,
                                             @RequestParam(required = false) String promotionEventId,
                                             @RequestParam(required = false) ProspectStage stage,
                                             @RequestParam(required = false) Integer page,
                                             @RequestParam(required = false) Integer size) {
        Caller caller = Caller.current();
        PageResponse<ProspectResponse> found = pages.of(Prospect.COLLECTION, Prospect.class,
                condition(caller, citizenship, promotionEventId, stage), Sort.by("familyName", "givenName", "_id"),
                PageRequest.of(page, size), p -> ProspectResponse.of(p, caller));
        audit.personalRecordsRead(caller, "list prospects", found.items().stream().map(ProspectResponse::prospectId).toList());
        return found;
    }

    @GetMapping("/api/prospects/export.csv")
    @PreAuthorize("hasRole('MIFI')")
    void export(@RequestParam(required = false) String citizenship, @RequestParam(required = false) String promotionEventId,
                @RequestParam(required = false) ProspectStage stage, HttpServletResponse response) throws IOException {
        Caller caller = Caller.current();
        Criteria condition = condition(caller, citizenship, promotionEventId, stage);
        csv.audit(caller, "export prospects", Batches.ids(mongo, Prospect.COLLECTION, condition));
        PrintWriter out = csv.open(response, "prospects.csv", "prospectId", "givenName", "familyName", "citizenship",
                "countryOfResidence", "birthYear", "fieldOfInterest", "levelOfInterest", "declaredFrenchLevel",
                "promotionEventId", "stage", "caqApplicationId", "caqProgramId", "caqInstitutionId", "arrivedOn");
        Batches.forEach(mongo, Prospect.COLLECTION, Prospect.class, condition, Prospect::id, p -> CsvExport.line(out,
                p.id(), p.givenName(), p.familyName(), p.citizenship(), p.countryOfResidence(), p.birthYear(),
                p.fieldOfInterest(), p.levelOfInterest(), p.declaredFrenchLevel(), p.promotionEventId(), p.stage(),
                p.caq() == null ? null : p.caq().applicationId(), p.caq() == null ? null : p.caq().programId(),
                p.caq() == null ? null : p.caq().institutionId(), p.arrivedOn()));
        out.flush();
    }

    private static Criteria condition(Caller caller, String citizenship, String promotionEventId, ProspectStage stage) {
        return Pages.allOf(ProspectScope.POLICY.require(caller),
                citizenship == null ? null : where("citizenship").is(CountryCodes.require("citizenship", citizenship)),
                promotionEventId == null ? null : where("promotionEventId").is(promotionEventId),
                stage == null ? null : stageAsSeenBy(caller, stage));
    }

    /**
     * An institution sees a file's later steps only when they are for its own program (ProspectResponse), so its
     * filter must not find by stage what the page would then hide.
     */
    private static Criteria stageAsSeenBy(Caller caller, ProspectStage stage) {
        if (caller.isMifi()) {
            return stageIs(stage);
        }
        String own = caller.institutionId();
        return stage == ProspectStage.PROSPECT
                ? new Criteria().orOperator(where("caq").is(null), where("caq.institutionId").ne(own))
                : new Criteria().andOperator(stageIs(stage), where("caq.institutionId").is(own));
    }

    /** The stage is not stored: it is what the file holds. */
    private static Criteria stageIs(ProspectStage stage) {
        return switch (stage) {
            case PROSPECT -> where("caq").is(null);
            case CAQ_ISSUED -> new Criteria().andOperator(where("caq").ne(null), where("studyPermit").is(null));
            case STUDY_PERMIT_ISSUED -> new Criteria().andOperator(where("studyPermit").ne(null), where("arrivedOn").is(null));
            case ARRIVED -> where("arrivedOn").ne(null);
        };
    }
}
