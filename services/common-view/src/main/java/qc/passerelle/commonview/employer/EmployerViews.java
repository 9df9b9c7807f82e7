package qc.passerelle.commonview.employer;

import static qc.passerelle.commonview.agri.AgriReadModels.EMPLOYERS;
import static qc.passerelle.commonview.agri.AgriReadModels.EMPLOYER_POLICY;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import qc.passerelle.commonview.readmodel.Scoped;
import qc.passerelle.commonview.readmodel.Views;
import qc.passerelle.security.Caller;
import qc.passerelle.web.InvalidFieldException;

/**
 * An employer's views, all read from its one dashboard document ({@code employer_dashboards/<employerId>}): its
 * workers (present, absent, and those who left it), its housing units with their latest inspection, approved
 * capacity against occupants and open deficiencies, its labour requests. The scope is checked on the id first.
 */
@Service
public class EmployerViews {

    private static final List<String> STATUSES = List.of("PRESENT", "ABSENT", "DEPARTED", "LEFT");

    private final MongoTemplate mongo;

    EmployerViews(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The employer's dashboard document, after the scope check (403 for another employer's). */
    Document dashboard(Caller caller, String employerId) {
        if (employerId == null || employerId.isBlank() || employerId.length() > 100) {
            throw new InvalidFieldException("employerId", "doit être un identifiant d'employeur / must be an employer id");
        }
        return mongo.findOne(Scoped.byId(EMPLOYER_POLICY, caller, employerId), Document.class, EMPLOYERS);
    }

    List<Document> workers(Document dashboard, String status) {
        if (status != null && !STATUSES.contains(status)) {
            throw new InvalidFieldException("status", "doit être l'un de / must be one of " + STATUSES);
        }
        List<Document> workers = new ArrayList<>(Views.entries(dashboard, "workers").values().stream()
                .filter(w -> status == null || status.equals(w.getString("status"))).toList());
        workers.sort(Comparator.comparing((Document w) -> Objects.toString(w.getString("familyName"), ""))
                .thenComparing(w -> Objects.toString(w.getString("givenName"), ""))
                .thenComparing(w -> w.getString("workerId")));
        workers.forEach(w -> w.remove("v"));
        return workers;
    }

    List<Document> units(Document dashboard, Boolean compliant) {
        List<Document> units = new ArrayList<>(Views.entries(dashboard, "units").values().stream()
                .filter(u -> compliant == null || compliant.equals("COMPLIANT".equals(u.getString("result")))).toList());
        units.sort(Comparator.comparing((Document u) -> u.getString("housingUnitId")));
        units.forEach(u -> u.remove("v"));
        return units;
    }

    List<Document> labourRequests(Document dashboard) {
        List<Document> requests = new ArrayList<>(Views.entries(dashboard, "requests").values());
        requests.sort(Comparator.comparing((Document r) -> r.getString("labourRequestId")));
        return requests;
    }

    static Map<String, Object> counts(List<Document> workers, List<Document> units) {
        long present = workers.stream().filter(w -> "PRESENT".equals(w.getString("status"))).count();
        long absent = workers.stream().filter(w -> "ABSENT".equals(w.getString("status"))).count();
        long compliant = units.stream().filter(u -> "COMPLIANT".equals(u.getString("result"))).count();
        long openDeficiencies = units.stream().mapToLong(u -> Views.documents(u, "openDeficiencies").size()).sum();
        return Map.of("workersPresent", present, "workersAbsent", absent, "units", (long) units.size(),
                "compliantUnits", compliant, "openDeficiencies", openDeficiencies);
    }
}
