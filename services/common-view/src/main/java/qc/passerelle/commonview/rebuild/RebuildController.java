package qc.passerelle.commonview.rebuild;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** MIFI rebuilds the read models from offset zero ({@code ./passerelle rebuild-views} calls this). */
@RestController
class RebuildController {

    private final Rebuild rebuild;

    RebuildController(Rebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping("/api/views/rebuild")
    @PreAuthorize("hasRole('MIFI')")
    ResponseEntity<Rebuild.Status> start() {
        if (!rebuild.start()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "une reconstruction est déjà en cours / a rebuild is already running");
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(rebuild.status());
    }

    @GetMapping("/api/views/rebuild")
    @PreAuthorize("hasRole('MIFI')")
    Rebuild.Status status() {
        return rebuild.status();
    }
}
