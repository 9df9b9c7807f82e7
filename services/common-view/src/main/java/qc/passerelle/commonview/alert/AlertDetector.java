package qc.passerelle.commonview.alert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.stereotype.Component;
import qc.passerelle.commonview.agri.AgriBatch;
import qc.passerelle.commonview.agri.AgriListener;
import qc.passerelle.commonview.agri.Housing;
import qc.passerelle.commonview.agri.Workers;
import qc.passerelle.commonview.readmodel.Views;
import qc.passerelle.contracts.alerts.HousingOvercrowded;
import qc.passerelle.contracts.alerts.WorkerMissing;
import qc.passerelle.contracts.alerts.WorkersInNonCompliantHousing;

/**
 * Looks at the units and workers a batch of agri-workers events touched, as they are now: workers in a unit whose
 * latest inspection failed, more workers than the approved capacity, a worker reported absent. Each is raised once
 * per cause ({@link AlertRaiser}); then the status of every alert about what the batch touched is brought up to date.
 */
@Component
class AlertDetector implements AgriListener {

    private final AlertRaiser raiser;
    private final AlertStatus status;

    AlertDetector(AlertRaiser raiser, AlertStatus status) {
        this.raiser = raiser;
        this.status = status;
    }

    @Override
    public void afterBatch(AgriBatch batch) {
        batch.units().forEach(this::checkUnit);
        batch.workers().forEach(this::checkWorker);
        Set<String> alertIds = new LinkedHashSet<>();
        batch.units().values().forEach(unit -> alertIds.addAll(Views.texts(unit, "alertIds")));
        batch.workers().values().forEach(worker -> alertIds.addAll(Views.texts(worker, "alertIds")));
        batch.reports().values().forEach(report -> alertIds.addAll(Views.texts(report, "alertIds")));
        status.refresh(alertIds);
    }

    private void checkUnit(String unitId, Document unit) {
        Document latest = Housing.latest(unit);
        String employerId = unit.getString("employerId");
        Map<String, Document> present = Housing.present(unit);
        if (latest == null || employerId == null || present.isEmpty()) {
            return;
        }
        List<String> workerIds = new ArrayList<>(present.keySet());
        List<String> countries = Housing.citizenships(present);
        if (countries.isEmpty()) {
            return;
        }
        String inspectionId = latest.getString("inspectionId");
        if ("NON_COMPLIANT".equals(latest.getString("result"))) {
            String alertId = AlertIds.nonCompliant(unitId, inspectionId);
            raiser.raise(alertId, new WorkersInNonCompliantHousing(alertId, unitId, employerId, inspectionId, workerIds,
                    countries));
        }
        int capacity = ((Number) latest.get("approvedCapacity")).intValue();
        if (present.size() > capacity) {
            String alertId = AlertIds.overcrowded(unitId, capacity);
            raiser.raise(alertId, new HousingOvercrowded(alertId, unitId, employerId, capacity, present.size(), countries));
        }
    }

    private void checkWorker(String workerId, Document worker) {
        Document state = Workers.state(worker);
        String lastSeenOn = state.getString("lastSeenOn");
        if ("ABSENT".equals(state.getString("status")) && lastSeenOn != null && state.getString("employerId") != null
                && worker.getString("citizenship") != null) {
            String alertId = AlertIds.missing(workerId, lastSeenOn);
            raiser.raise(alertId, new WorkerMissing(alertId, workerId, worker.getString("citizenship"),
                    state.getString("employerId"), LocalDate.parse(lastSeenOn)));
        }
    }
}
