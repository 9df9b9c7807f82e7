package qc.passerelle.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * One page of a collection under a condition: the caller's scope and the filters, together in the query, so that
 * nothing outside the scope is ever read. Every read sets its batch size (the local wire server ignores limits on
 * the first batch).
 */
public class Pages {

    private final MongoTemplate mongo;

    public Pages(MongoTemplate mongo) {
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
        List<Criteria> given = new ArrayList<>(List.of(scope));
        for (Criteria filter : filters) {
            if (filter != null) {
                given.add(filter);
            }
        }
        return new Criteria().andOperator(given);
    }
}
