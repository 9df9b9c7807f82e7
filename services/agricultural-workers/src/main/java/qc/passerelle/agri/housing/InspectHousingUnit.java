package qc.passerelle.agri.housing;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import qc.passerelle.agri.inspection.Evaluation;
import qc.passerelle.agri.inspection.InspectionEvaluator;
import qc.passerelle.agri.inspection.RuleSet;
import qc.passerelle.agri.inspection.RuleSets;
import qc.passerelle.contracts.MobilityEvent;
import qc.passerelle.contracts.agriworkers.HousingDeficiencyCorrected;
import qc.passerelle.contracts.agriworkers.HousingInspected;
import qc.passerelle.messaging.outbox.AggregateStore;
import qc.passerelle.messaging.outbox.Outbox;
import qc.passerelle.messaging.store.TimeOrderedIds;
import qc.passerelle.security.Caller;
import qc.passerelle.web.ConflictException;
import qc.passerelle.web.InvalidFieldException;
import qc.passerelle.web.NotFoundException;

/**
 * Records an inspection (which replaces the previous one) and the corrections of its deficiencies, each as one
 * write conditional on the unit's version: a write that loses a race to another change of the same unit reads the
 * unit again and decides again, a few times, before giving up with a 409.
 */
@Service
class InspectHousingUnit {

    private static final int TRIES = 3;

    private final HousingUnitRepository units;
    private final AggregateStore store;
    private final RuleSets ruleSets;
    private final Outbox outbox;
    private final Clock clock;

    InspectHousingUnit(HousingUnitRepository units, AggregateStore store, RuleSets ruleSets, Outbox outbox, Clock clock) {
        this.units = units;
        this.store = store;
        this.ruleSets = ruleSets;
        this.outbox = outbox;
        this.clock = clock;
    }

    HousingUnit inspect(String unitId, InspectionRequest request, Caller inspector) {
        RuleSet rules = ruleSets.latest(request.ruleSet()).orElseThrow(() -> new InvalidFieldException("ruleSet",
                "unknown rule set; known: " + ruleSets.names()));
        if (request.inspectedOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidFieldException("inspectedOn", "an inspection is recorded after it happened");
        }
        Evaluation evaluation = InspectionEvaluator.evaluate(request.observed(), rules, request.plannedOccupants(),
                request.inspectedOn());
        String inspectionId = "insp-" + TimeOrderedIds.next();
        return change(unitId, inspector, unit -> {
            HousingInspected event = new HousingInspected(inspectionId, unitId, unit.employerId(), inspector.subject(),
                    rules.name(), rules.version(), evaluation.result(), evaluation.approvedCapacity(),
                    evaluation.deficiencies(), request.inspectedOn());
            Update update = new Update()
                    .set("latestInspection", new HousingUnit.LatestInspection(inspectionId, inspector.subject(),
                            request.inspectedOn(), request.observed(), evaluation))
                    .set("correctedDeficiencies", List.of());
            return new Change(update, null, event);
        });
    }

    HousingUnit correct(String unitId, String deficiencyId, LocalDate correctedOn, Caller caller) {
        return change(unitId, caller, unit -> {
            HousingUnit.LatestInspection inspection = unit.latestInspection();
            if (inspection == null || inspection.evaluation().deficiencies().stream()
                    .noneMatch(d -> d.deficiencyId().equals(deficiencyId))) {
                throw new NotFoundException("no deficiency " + deficiencyId + " in the latest inspection of " + unitId);
            }
            if (correctedOn.isBefore(inspection.inspectedOn())) {
                throw new InvalidFieldException("correctedOn", "a deficiency is corrected after the inspection that found it");
            }
            if (unit.correctedDeficiencies().contains(deficiencyId)) {
                throw new ConflictException("deficiency " + deficiencyId + " is already corrected");
            }
            return new Change(new Update().push("correctedDeficiencies", deficiencyId),
                    where("latestInspection.inspectionId").is(inspection.inspectionId()),
                    new HousingDeficiencyCorrected(unitId, inspection.inspectionId(), deficiencyId, correctedOn));
        });
    }

    private record Change(Update update, Criteria condition, MobilityEvent event) {
    }

    private HousingUnit change(String unitId, Caller caller, Function<HousingUnit, Change> decide) {
        Criteria scope = HousingScope.POLICY.require(caller);
        for (int attempt = 0; attempt < TRIES; attempt++) {
            HousingUnit unit = units.findInScope(unitId, scope).orElseThrow(() -> new NotFoundException("no housing unit " + unitId));
            Change change = decide.apply(unit);
            Criteria condition = change.condition() == null ? scope : new Criteria().andOperator(scope, change.condition());
            Optional<HousingUnit> written = store.updateAtVersion(HousingUnitRepository.COLLECTION, unitId, unit.version(),
                    condition, outbox.append(change.update(), unit.version(), change.event()), HousingUnit.class);
            if (written.isPresent()) {
                return written.get();
            }
        }
        throw new ConflictException("housing unit " + unitId + " keeps changing; read it again and retry");
    }
}
