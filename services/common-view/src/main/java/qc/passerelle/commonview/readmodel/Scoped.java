package qc.passerelle.commonview.readmodel;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bson.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import qc.passerelle.security.Caller;
import qc.passerelle.security.ScopePolicy;

/**
 * The scope of a per-scope read model, checked against the document asked for before it is read. Such a document
 * is keyed by its scope ({@code <country>:<bucket>}, {@code <employerId>}, {@code MIFI}...), so what it holds is known
 * from its key: the read model's scope policy is evaluated on those facts (equalities, and, or) and a document
 * outside the caller's scope is never read (403). The read then goes by {@code _id} alone, which the local wire
 * server answers from its index.
 */
public final class Scoped {

    private Scoped() {
    }

    /** 403 unless the policy lets the caller see a document with these facts (field values fixed by its key). */
    public static void require(ScopePolicy policy, Caller caller, Map<String, Object> facts) {
        Document condition = policy.require(caller).getCriteriaObject();
        if (!holds(condition, facts)) {
            throw new AccessDeniedException("outside the caller's scope");
        }
    }

    /** The query for one document, after {@link #require} on its {@code _id}. */
    public static Query byId(ScopePolicy policy, Caller caller, String id) {
        require(policy, caller, Map.of("_id", id));
        return query(where("_id").is(id));
    }

    static boolean holds(Document condition, Map<String, Object> facts) {
        for (Map.Entry<String, Object> term : condition.entrySet()) {
            boolean holds = switch (term.getKey()) {
                case "$or" -> list(term.getValue()).stream().anyMatch(c -> holds(c, facts));
                case "$and" -> list(term.getValue()).stream().allMatch(c -> holds(c, facts));
                default -> facts.containsKey(term.getKey()) && Objects.equals(facts.get(term.getKey()), term.getValue());
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    private static List<Document> list(Object value) {
        return value instanceof List<?> list ? list.stream().filter(Document.class::isInstance).map(Document.class::cast).toList()
                : List.of();
    }
}
