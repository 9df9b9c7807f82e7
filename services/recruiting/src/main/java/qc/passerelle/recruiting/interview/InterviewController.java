package qc.passerelle.recruiting.interview;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import qc.passerelle.recruiting.application.Application;
import qc.passerelle.recruiting.application.ApplicationResponse;
import qc.passerelle.recruiting.application.OffersOnApplications;
import qc.passerelle.recruiting.support.Created;
import qc.passerelle.security.Caller;
import qc.passerelle.web.IdempotencyKey;

@RestController
class InterviewController {

    private final ScheduleInterview schedule;
    private final OffersOnApplications offers;

    InterviewController(ScheduleInterview schedule, OffersOnApplications offers) {
        this.schedule = schedule;
        this.offers = offers;
    }

    @PostMapping("/api/applications/{applicationId}/interviews")
    @PreAuthorize("hasAnyRole('MIFI', 'RECRUITER', 'EMPLOYER')")
    ResponseEntity<ApplicationResponse> schedule(@PathVariable String applicationId,
                                                 @Valid @RequestBody InterviewRequest request,
                                                 @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        Caller caller = Caller.current();
        Application application = schedule.schedule(applicationId, request, caller, caller.idempotencyKey(key));
        return Created.at("/api/applications/" + applicationId,
                ApplicationResponse.of(application, offers.of(List.of(applicationId)).get(applicationId)));
    }
}
