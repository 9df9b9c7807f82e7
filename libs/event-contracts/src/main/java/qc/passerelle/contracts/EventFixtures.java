package qc.passerelle.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The sample events that producers and consumers both test against. */
public final class EventFixtures {

    private EventFixtures() {
    }

    public static byte[] bytes(EventType type) {
        try (InputStream in = EventFixtures.class.getResourceAsStream(type.fixtureResource())) {
            if (in == null) {
                throw new IllegalStateException("no fixture at " + type.fixtureResource());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T extends MobilityEvent> T sample(Class<T> recordType) {
        return EventJson.read(bytes(EventCatalogue.of(recordType)), recordType);
    }
}
