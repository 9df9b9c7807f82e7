package qc.passerelle.commonview.programs;

import static qc.passerelle.commonview.programs.ProgramReadModels.ENROLMENTS;
import static qc.passerelle.commonview.programs.ProgramReadModels.FIGURES;
import static qc.passerelle.commonview.programs.ProgramReadModels.INDEX;
import static qc.passerelle.commonview.programs.ProgramReadModels.JOB_OFFERS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import qc.passerelle.commonview.readmodel.Keys;
import qc.passerelle.commonview.readmodel.Views;

/**
 * MIFI's figures of the other programmes, read by {@code _id}: the index of scopes, then each scope's document: the
 * recruitment funnel per mission, francization enrolments and levels per source, the student funnel per country and
 * per promotion event. And an employer's job offers with their applications.
 */
@Service
public class ProgramFigures {

    private final MongoTemplate mongo;

    ProgramFigures(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Map<String, Object> figures() {
        Document index = Views.byId(mongo, FIGURES, INDEX);
        List<String> scopes = new ArrayList<>(Views.sub(index, "scopes").keySet().stream().map(Keys::id).toList());
        Map<String, Document> docs = Views.byIds(mongo, FIGURES, scopes);
        Map<String, Object> missions = new TreeMap<>();
        Map<String, Object> francization = new TreeMap<>();
        Map<String, Object> countries = new TreeMap<>();
        Map<String, Object> promotions = new TreeMap<>();
        docs.forEach((scope, doc) -> {
            String id = scope.substring(scope.indexOf(':') + 1);
            switch (scope.substring(0, scope.indexOf(':'))) {
                case "mission" -> missions.put(id, Map.of("name", String.valueOf(doc.get("name")),
                        "country", String.valueOf(doc.get("country")), "employers", size(doc, "employers"),
                        "applications", size(doc, "applications"), "acceptedOffers", size(doc, "accepted")));
                case "francization" -> francization.put(id, enrolments(doc));
                case "students" -> countries.put(id, Map.of("prospects", size(doc, "prospects"),
                        "admitted", size(doc, "admitted"), "arrived", size(doc, "arrived")));
                case "promotion" -> promotions.put(id, Map.of("name", String.valueOf(doc.get("name")),
                        "country", String.valueOf(doc.get("country")), "prospects", size(doc, "prospects")));
                default -> { }
            }
        });
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("recruitmentByMission", missions);
        figures.put("francizationBySource", francization);
        figures.put("studentsByCountry", countries);
        figures.put("studentsByPromotionEvent", promotions);
        return figures;
    }

    private Map<String, Object> enrolments(Document doc) {
        List<String> ids = Views.sub(doc, "enrolments").keySet().stream().map(Keys::id).toList();
        Map<String, Integer> byLevel = new TreeMap<>();
        int completed = 0;
        int abandoned = 0;
        for (Document enrolment : Views.byIds(mongo, ENROLMENTS, ids).values()) {
            byLevel.merge(String.valueOf(Views.number(enrolment, "level")), 1, Integer::sum);
            completed += Boolean.TRUE.equals(enrolment.get("completed")) ? 1 : 0;
            abandoned += Boolean.TRUE.equals(enrolment.get("abandoned")) ? 1 : 0;
        }
        return Map.of("enrolments", ids.size(), "byLevel", byLevel, "completed", completed, "abandoned", abandoned);
    }

    /** An employer's offers (from its dashboard) with their applications and employment offers. */
    public List<Map<String, Object>> offers(Document dashboard) {
        Map<String, Document> offers = Views.entries(dashboard, "offers");
        Map<String, Document> views = Views.byIds(mongo, JOB_OFFERS, offers.keySet());
        List<Map<String, Object>> out = new ArrayList<>();
        new TreeMap<>(offers).forEach((id, offer) -> {
            Document view = views.get(id);
            Map<String, Object> item = new LinkedHashMap<>(offer);
            item.put("status", offer.get("closed") == null ? "OPEN" : "CLOSED");
            item.put("applications", size(view, "applications"));
            item.put("offersExtended", size(view, "extended"));
            item.put("offersAccepted", size(view, "accepted"));
            item.put("offersDeclined", size(view, "declined"));
            out.add(item);
        });
        return out;
    }

    private static int size(Document doc, String field) {
        return Views.sub(doc, field).size();
    }
}
