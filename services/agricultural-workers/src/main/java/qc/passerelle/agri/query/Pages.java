package qc.passerelle.agri.query;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import qc.passerelle.web.PageRequest;
import qc.passerelle.web.PageResponse;

/** One page of a collection under a condition (the caller's scope and the filters, together in the query). */
@Component
public class Pages {

    private final MongoTemplate mongo;

    Pages(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public <T, R> PageResponse<R> of(String collection, Class<T> type, Criteria condition, Sort sort, PageRequest request,
                                     Function<T, R> view) {
        Query query = new Query(condition).with(sort).skip(request.offset()).limit(request.size());
        query.cursorBatchSize(request.size());
        List<R> items = mongo.find(query, type, collection).stream().map(view).toList();
        return PageResponse.of(items, request, mongo.count(new Query(condition), collection));
    }

    /** The scope and every filter that was given, as one condition. */
    public static Criteria allOf(Criteria scope, Criteria... filters) {
        List<Criteria> given = new java.util.ArrayList<>(List.of(scope));
        for (Criteria filter : filters) {
            if (filter != null) {
                given.add(filter);
            }
        }
        return new Criteria().andOperator(given);
    }
}
