package qc.passerelle.commonview.dashboard;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import qc.passerelle.commonview.change.Audience;
import qc.passerelle.commonview.change.LiveStream;
import qc.passerelle.security.Caller;

/**
 * The live stream of a page, on the session: the same scoped stream as {@code /api/views/stream}. MIFI names the
 * employer or country of the page it looks at; anyone else naming another's is refused (403).
 */
@Controller
@DashboardPage
class LivePage {

    private final LiveStream stream;
    private final Duration timeout;

    LivePage(LiveStream stream, @Value("${passerelle.common-view.stream.timeout:PT30M}") Duration timeout) {
        this.stream = stream;
        this.timeout = timeout;
    }

    @GetMapping(path = "/tableau/flux", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter stream(@RequestHeader(name = "Last-Event-ID", required = false) Long lastEventId,
                      @RequestParam(required = false) String employerId, @RequestParam(required = false) String country) {
        Caller caller = Caller.current();
        String audience = Audience.of(caller, employerId, country);
        Audience.require(caller, audience);
        return stream.open(audience, lastEventId, true, timeout);
    }
}
