package qc.passerelle.commonview.rebuild;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bson.RawBsonDocument;
import org.springframework.data.mongodb.core.MongoTemplate;
import qc.passerelle.commonview.agri.AgriReadModels;
import qc.passerelle.commonview.alert.AlertReadModels;
import qc.passerelle.commonview.programs.ProgramReadModels;
import qc.passerelle.commonview.readmodel.ReadModels;

/**
 * Puts the documents a rebuild folded in memory into the store: each read model emptied, then its final documents
 * inserted in large unordered batches, one write per document. The views of single aggregates go first, so that
 * whatever the live consumer derives meanwhile reads them, and the per-scope documents derived from them after.
 * A document the live consumer created in between (its upsert met the emptied collection) is replaced by the
 * rebuilt one: the events it applied are applied again from the tail of the topics after the copy.
 */
final class ReadModelCopy {

    /** The views by aggregate id: what the per-scope documents are derived from. */
    private static final List<String> SOURCES = List.of(AgriReadModels.WORKERS, AgriReadModels.UNITS,
            AgriReadModels.REPORTS, AlertReadModels.ALERTS, ProgramReadModels.PERSONS, ProgramReadModels.JOB_OFFERS,
            ProgramReadModels.ENROLMENTS);
    private static final int DUPLICATE_KEY = 11000;

    interface Step {
        void run() throws InterruptedException;
    }

    /** Runs a write again after a passing failure (the store away), and says how far the copy is. */
    interface Retrying {
        void retrying(String what, Step step) throws InterruptedException;

        void progress(long documents);
    }

    private final MongoTemplate live;
    private final ReadModels readModels;
    private final int chunk;

    ReadModelCopy(MongoTemplate live, ReadModels readModels, int chunk) {
        this.live = live;
        this.readModels = readModels;
        this.chunk = chunk;
    }

    /** Answers how many documents were written. */
    long copy(MemoryViews scratch, Retrying retrying) throws InterruptedException {
        List<String> collections = new ArrayList<>(readModels.collections());
        collections.sort(Comparator.comparingInt(ReadModelCopy::rank));
        long written = 0;
        for (String collection : collections) {
            retrying.retrying("empty " + collection, () -> readModels.recreate(collection));
            MongoCollection<RawBsonDocument> target = live.getCollection(collection).withDocumentClass(RawBsonDocument.class);
            List<RawBsonDocument> all = scratch.documents(collection);
            for (int from = 0; from < all.size(); from += chunk) {
                List<RawBsonDocument> documents = all.subList(from, Math.min(all.size(), from + chunk));
                retrying.retrying("write " + collection, () -> insert(target, documents));
                written += documents.size();
                retrying.progress(written);
            }
        }
        return written;
    }

    private static int rank(String collection) {
        int source = SOURCES.indexOf(collection);
        return source < 0 ? SOURCES.size() : source;
    }

    /** Inserts them; one that is there already (written live meanwhile, or by an attempt cut short) is replaced. */
    private static void insert(MongoCollection<RawBsonDocument> target, List<RawBsonDocument> documents) {
        try {
            target.insertMany(documents, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
            }
            for (BulkWriteError error : e.getWriteErrors()) {
                RawBsonDocument document = documents.get(error.getIndex());
                target.replaceOne(Filters.eq("_id", document.get("_id")), document, new ReplaceOptions().upsert(true));
            }
        }
    }
}
