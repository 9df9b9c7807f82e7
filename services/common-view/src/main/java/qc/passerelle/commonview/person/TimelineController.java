package qc.passerelle.commonview.person;

import static qc.passerelle.commonview.agri.AgriReadModels.WORKERS;
import static qc.passerelle.commonview.programs.ProgramReadModels.PERSONS;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import qc.passerelle.commonview.agri.Workers;
import qc.passerelle.commonview.readmodel.Views;
import qc.passerelle.security.Caller;
import qc.passerelle.security.Role;
import qc.passerelle.security.audit.AuditTrail;
import qc.passerelle.web.NotFoundException;

/**
 * A person's timeline across contexts (recruited → immigration steps → arrived → francization; arrived →
 * transferred → absent → departed), read by id from the worker's view and the person's steps in the other contexts:
 * whole for MIFI and for the person's consulate; for an employer, only the steps that concern its employment.
 */
@RestController
class TimelineController {

    record Step(String eventId, String type, String context, Instant time, long sequence, String employerId,
                String housingUnitId) {
    }

    record Timeline(String personId, String givenName, String familyName, String citizenship, String status,
                    List<Step> steps) {
    }

    private final MongoTemplate mongo;
    private final AuditTrail audit;

    TimelineController(MongoTemplate mongo, AuditTrail audit) {
        this.mongo = mongo;
        this.audit = audit;
    }

    @GetMapping("/api/views/people/{personId}/timeline")
    @PreAuthorize("hasAnyRole('MIFI', 'EMPLOYER', 'CONSULATE')")
    Timeline timeline(@PathVariable String personId) {
        Caller caller = Caller.current();
        Document worker = Views.byId(mongo, WORKERS, personId);
        Document person = Views.byId(mongo, PERSONS, personId);
        if (worker == null && person == null) {
            throw new NotFoundException("aucune personne " + personId + " / no person " + personId);
        }
        String citizenship = worker != null && worker.getString("citizenship") != null ? worker.getString("citizenship")
                : Views.text(person, "citizenship");
        Set<String> employers = new HashSet<>(Views.texts(worker, "seenEmployers"));
        employers.addAll(Views.texts(person, "employers"));
        boolean whole = caller.isMifi() || (citizenship != null && caller.isConsulateOf(citizenship));
        if (!whole && !(caller.is(Role.EMPLOYER) && employers.contains(caller.employerId()))) {
            throw new AccessDeniedException("outside the caller's scope");
        }
        List<Step> steps = new ArrayList<>();
        if (worker != null) {
            Workers.timeline(worker).stream()
                    .filter(s -> whole || Views.texts(s, "employers").contains(caller.employerId()))
                    .forEach(s -> steps.add(step(s, "agri-workers", s.getString("employerId"))));
        }
        Views.documents(person, "steps").stream()
                .filter(s -> whole || caller.employerId().equals(s.getString("employerId")))
                .forEach(s -> steps.add(step(s, s.getString("context"), s.getString("employerId"))));
        steps.sort(Comparator.comparing(Step::time, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingLong(Step::sequence).thenComparing(Step::eventId));
        audit.personalRecordsRead(caller, "read timeline", List.of(personId));
        String status = worker == null ? null : whole || caller.employerId().equals(Workers.state(worker).getString("employerId"))
                ? Workers.status(worker) : "LEFT";
        Document names = worker != null ? worker : person;
        return new Timeline(personId, names.getString("givenName"), names.getString("familyName"), citizenship, status, steps);
    }

    private static Step step(Document s, String context, String employerId) {
        Date time = Views.date(s, "time");
        return new Step(s.getString("eventId"), s.getString("type"), context, time == null ? null : time.toInstant(),
                Views.number(s, "sequence"), employerId, s.getString("housingUnitId"));
    }
}
