package qc.passerelle.agri.labour;

import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import qc.passerelle.security.Caller;

@RestController
class LabourRequestController {

    private final SubmitLabourRequest submit;

    LabourRequestController(SubmitLabourRequest submit) {
        this.submit = submit;
    }

    @PostMapping("/api/labour-requests")
    @PreAuthorize("hasAnyRole('MIFI', 'EMPLOYER')")
    ResponseEntity<LabourRequest.View> submit(@Valid @RequestBody LabourRequestRequest request) {
        Caller caller = Caller.current();
        if (!caller.isMifi() && !caller.isEmployer(request.employerId())) {
            throw new AccessDeniedException("an employer submits its own labour requests only");
        }
        LabourRequest stored = submit.submit(request);
        return ResponseEntity.created(URI.create("/api/labour-requests/" + stored.id())).body(stored.view());
    }
}
