package qc.passerelle.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import qc.passerelle.system.ConsulateViews.Item;
import qc.passerelle.system.ConsulateViews.Snapshot;
import qc.passerelle.system.ConsulateViews.Step;
import qc.passerelle.system.LoadClients.Command;

/** The fault suite passes only if its figures can fail: each kind of damage to a view is counted as what it is. */
class ConsulateViewsTest {

    private final Map<String, LoadClients.Posted> posted = new LinkedHashMap<>();

    ConsulateViewsTest() {
        posted("w1", "MX", Command.ARRIVAL);
        posted("w2", "GT", Command.ARRIVAL, Command.ABSENCE, Command.DEPARTURE);
    }

    @Test
    void aViewThatShowsEveryAnsweredCommandOnceAndInOrderIsClean() {
        ConsulateViews.Figures figures = ConsulateViews.compare(posted, snapshot(
                item("w1", "MX", "PRESENT", step("a1", "WorkerArrived", 1)),
                departedW2()));

        assertThat(figures.clean()).isTrue();
        assertThat(figures.examples()).isEmpty();
    }

    @Test
    void aMissingWorkerLosesEveryEventItWasAnsweredFor() {
        ConsulateViews.Figures figures = ConsulateViews.compare(posted, snapshot(
                item("w1", "MX", "PRESENT", step("a1", "WorkerArrived", 1))));

        assertThat(figures.lost()).isEqualTo(3);
        assertThat(figures.clean()).isFalse();
    }

    @Test
    void aMissingEventIsLostAndAWorkerInAnotherCountrysViewIsLostToItsOwn() {
        ConsulateViews.Figures figures = ConsulateViews.compare(posted, snapshot(
                item("w1", "GT", "PRESENT", step("a1", "WorkerArrived", 1)),
                item("w2", "GT", "DEPARTED", step("a2", "WorkerArrived", 1), step("d2", "WorkerDeparted", 3))));

        assertThat(figures.lost()).isEqualTo(2);
    }

    @Test
    void aWorkerListedTwiceAnEventTwiceAndAnEventRepublishedUnderANewIdAreDuplicates() {
        ConsulateViews.Figures figures = ConsulateViews.compare(posted, snapshot(
                item("w1", "MX", "PRESENT", step("a1", "WorkerArrived", 1), step("a1", "WorkerArrived", 1)),
                item("w1", "MX", "PRESENT", step("a1", "WorkerArrived", 1)),
                item("w2", "GT", "DEPARTED", step("a2", "WorkerArrived", 1), step("a2-again", "WorkerArrived", 1),
                        step("b2", "WorkerAbsent", 2), step("d2", "WorkerDeparted", 3))));

        assertThat(figures.duplicated()).isEqualTo(3);
        assertThat(figures.lost()).isZero();
    }

    @Test
    void aHistoryOutOfOrderOrAStatusLeftByAnOlderEventIsOutOfOrder() {
        ConsulateViews.Figures reordered = ConsulateViews.compare(posted, snapshot(
                item("w1", "MX", "PRESENT", step("a1", "WorkerArrived", 1)),
                item("w2", "GT", "DEPARTED", step("b2", "WorkerAbsent", 1), step("a2", "WorkerArrived", 2),
                        step("d2", "WorkerDeparted", 3))));
        ConsulateViews.Figures stale = ConsulateViews.compare(posted, snapshot(
                item("w1", "MX", "PRESENT", step("a1", "WorkerArrived", 1)),
                item("w2", "GT", "PRESENT", step("a2", "WorkerArrived", 1), step("b2", "WorkerAbsent", 2),
                        step("d2", "WorkerDeparted", 3))));

        assertThat(reordered.outOfOrder()).isEqualTo(1);
        assertThat(stale.outOfOrder()).isEqualTo(1);
        assertThat(stale.lost() + stale.duplicated()).isZero();
    }

    @Test
    void aWorkerNobodyWasAnsweredForIsUnexpected() {
        ConsulateViews.Figures figures = ConsulateViews.compare(posted, snapshot(
                item("w1", "MX", "PRESENT", step("a1", "WorkerArrived", 1)),
                departedW2(),
                item("w3", "MX", "PRESENT", step("a3", "WorkerArrived", 1))));

        assertThat(figures.unexpected()).isEqualTo(1);
        assertThat(figures.clean()).isFalse();
    }

    private Item departedW2() {
        return item("w2", "GT", "DEPARTED", step("a2", "WorkerArrived", 1), step("b2", "WorkerAbsent", 2),
                step("d2", "WorkerDeparted", 3));
    }

    private void posted(String id, String country, Command... commands) {
        LoadClients.Posted worker = new LoadClients.Posted(id, country);
        for (Command command : commands) {
            worker.answered(command);
        }
        posted.put(id, worker);
    }

    private static Snapshot snapshot(Item... items) {
        return new Snapshot(new ArrayList<>(List.of(items)), items.length);
    }

    private static Item item(String id, String country, String status, Step... history) {
        return new Item(id, country, status, List.of(history));
    }

    private static Step step(String eventId, String type, long sequence) {
        return new Step(eventId, type, sequence);
    }
}
