package qc.passerelle.agri.inspection;

import java.util.List;
import qc.passerelle.contracts.agriworkers.Deficiency;
import qc.passerelle.contracts.agriworkers.InspectionResult;

/** What a rule set says of a unit for a number of occupants: the verdict, what fails, and how many it may house. */
public record Evaluation(String ruleSet, int ruleSetVersion, int occupants, InspectionResult result,
                         int approvedCapacity, List<Deficiency> deficiencies) {
}
