package qc.passerelle.messaging.consumer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * {@code /actuator/deadletters} (MIFI only): what this service's consumer dead-lettered, with the reason, and
 * {@code POST} to replay the ones not replayed yet (after a fix, or once a missing event has arrived).
 */
@Endpoint(id = "deadletters")
public class DeadLettersEndpoint {

    private final DeadLetterReplay replay;

    public DeadLettersEndpoint(DeadLetterReplay replay) {
        this.replay = replay;
    }

    @ReadOperation
    public Map<String, Object> deadLetters() {
        List<DeadLetterReplay.DeadLetter> letters = replay.list();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("total", letters.size());
        answer.put("waiting", letters.stream().filter(l -> !l.replayed()).count());
        answer.put("deadLetters", letters);
        return answer;
    }

    @WriteOperation
    public DeadLetterReplay.Outcome replay() {
        return replay.replay();
    }
}
