package qc.passerelle.agri.housing;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import qc.passerelle.agri.inspection.Evaluation;
import qc.passerelle.agri.inspection.InspectionEvaluator;
import qc.passerelle.agri.inspection.RuleSet;
import qc.passerelle.agri.inspection.RuleSets;
import qc.passerelle.contracts.agriworkers.HousingDeficiencyCorrected;
import qc.passerelle.contracts.agriworkers.HousingInspected;
import qc.passerelle.messaging.outbox.Outbox;
import qc.passerelle.security.Caller;
import qc.passerelle.web.ConflictException;
import qc.passerelle.web.InvalidFieldException;
import qc.passerelle.web.NotFoundException;

/** Records an inspection (which replaces the previous one) and the corrections of its deficiencies. */
@Service
class InspectHousingUnit {

    private final HousingUnitRepository units;
    private final RuleSets ruleSets;
    private final Outbox outbox;
    private final Clock clock;

    InspectHousingUnit(HousingUnitRepository units, RuleSets ruleSets, Outbox outbox, Clock clock) {
        this.units = units;
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
        HousingUnit unit = find(unitId, inspector);
        Evaluation evaluation = InspectionEvaluator.evaluate(request.observed(), rules, request.plannedOccupants(),
                request.inspectedOn());
        String inspectionId = "insp-" + UUID.randomUUID();
        HousingInspected event = new HousingInspected(inspectionId, unitId, unit.employerId(), inspector.subject(),
                rules.name(), rules.version(), evaluation.result(), evaluation.approvedCapacity(),
                evaluation.deficiencies(), request.inspectedOn());
        Update update = new Update()
                .set("latestInspection", new HousingUnit.LatestInspection(inspectionId, inspector.subject(),
                        request.inspectedOn(), request.observed(), evaluation))
                .set("correctedDeficiencies", List.of());
        units.updateIf(unitId, new Criteria(), outbox.append(update, event));
        return find(unitId, inspector);
    }

    HousingUnit correct(String unitId, String deficiencyId, LocalDate correctedOn, Caller caller) {
        HousingUnit unit = find(unitId, caller);
        HousingUnit.LatestInspection inspection = unit.latestInspection();
        if (inspection == null || inspection.evaluation().deficiencies().stream()
                .noneMatch(d -> d.deficiencyId().equals(deficiencyId))) {
            throw new NotFoundException("no deficiency " + deficiencyId + " in the latest inspection of " + unitId);
        }
        if (correctedOn.isBefore(inspection.inspectedOn())) {
            throw new InvalidFieldException("correctedOn", "a deficiency is corrected after the inspection that found it");
        }
        HousingDeficiencyCorrected event = new HousingDeficiencyCorrected(unitId, inspection.inspectionId(),
                deficiencyId, correctedOn);
        // conditional on the same inspection and on the deficiency not yet corrected: one atomic check-and-write
        boolean applied = units.updateIf(unitId, where("latestInspection.inspectionId").is(inspection.inspectionId())
                        .and("correctedDeficiencies").ne(deficiencyId),
                outbox.append(new Update().push("correctedDeficiencies", deficiencyId), event));
        if (!applied) {
            throw new ConflictException("deficiency " + deficiencyId + " is already corrected or was replaced by a re-inspection");
        }
        return find(unitId, caller);
    }

    private HousingUnit find(String unitId, Caller caller) {
        return HousingScope.of(caller).flatMap(scope -> units.findInScope(unitId, scope))
                .orElseThrow(() -> new NotFoundException("no housing unit " + unitId));
    }
}
