package qc.passerelle.security.audit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import qc.passerelle.web.PageRequest;
import qc.passerelle.web.PageResponse;

/** MIFI reads the audit trail of the service it calls, newest first. */
@RestController
public class AuditController {

    private final AuditTrail trail;

    public AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/api/audit")
    @PreAuthorize("hasRole('MIFI')")
    public PageResponse<AuditEntry> entries(@RequestParam(required = false) Integer page,
                                            @RequestParam(required = false) Integer size) {
        PageRequest request = PageRequest.of(page, size);
        return PageResponse.of(trail.latest(request), request, trail.count());
    }
}
