package qc.passerelle.commonview.change;

import java.time.Duration;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import qc.passerelle.security.Caller;
import qc.passerelle.web.InvalidFieldException;

/**
 * The live stream of alerts and view changes within the caller's scope (Server-Sent Events). Resumable: the
 * {@code Last-Event-ID} header (or {@code lastEventId}, for clients that cannot set headers) replays what came
 * after it. {@code follow=false} answers what is missed and ends, for clients that poll.
 */
@RestController
class StreamController {

    private final LiveStream stream;
    private final Duration timeout;

    StreamController(LiveStream stream,
                     @org.springframework.beans.factory.annotation.Value("${passerelle.common-view.stream.timeout:PT30M}")
                     Duration timeout) {
        this.stream = stream;
        this.timeout = timeout;
    }

    @GetMapping(path = "/api/views/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @PreAuthorize("hasAnyRole('MIFI', 'EMPLOYER', 'CONSULATE')")
    SseEmitter stream(@RequestHeader(name = "Last-Event-ID", required = false) String lastEventIdHeader,
                      @RequestParam(name = "lastEventId", required = false) String lastEventIdParam,
                      @RequestParam(required = false) String employerId, @RequestParam(required = false) String country,
                      @RequestParam(defaultValue = "true") boolean follow) {
        Caller caller = Caller.current();
        String audience = Audience.of(caller, employerId, country);
        Audience.require(caller, audience);
        Long lastEventId = lastEventId(lastEventIdHeader != null ? lastEventIdHeader : lastEventIdParam,
                lastEventIdHeader != null ? "Last-Event-ID" : "lastEventId");
        return stream.open(audience, lastEventId, follow, timeout);
    }

    private static Long lastEventId(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.trim());
            if (id < 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(field, "doit être l'identifiant numérique du dernier événement reçu"
                    + " / must be the numeric id of the last event received");
        }
    }
}
