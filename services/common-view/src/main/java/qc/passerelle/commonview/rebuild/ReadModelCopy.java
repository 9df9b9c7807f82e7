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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
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
    private final int writers;

    ReadModelCopy(MongoTemplate live, ReadModels readModels, int chunk, int writers) {
        this.live = live;
        this.readModels = readModels;
        this.chunk = chunk;
        this.writers = Math.max(1, writers);
    }

    /**
     * Answers how many documents were written. The batches go out from {@code writers} threads: while the store
     * takes one, the next is encoded, and a store on several cores takes two at once. The sources are all written
     * before any derived document.
     */
    long copy(MemoryViews scratch, Retrying retrying) throws InterruptedException {
        List<String> collections = new ArrayList<>(readModels.collections());
        collections.sort(Comparator.comparingInt(ReadModelCopy::rank));
        List<String> sources = collections.stream().filter(SOURCES::contains).toList();
        List<String> derived = collections.stream().filter(c -> !SOURCES.contains(c)).toList();
        long written = 0;
        ExecutorService pool = Executors.newFixedThreadPool(writers, Thread.ofPlatform().name("common-view-copy-", 0)
                .daemon().factory());
        try (ExecutorService emptying = Executors.newVirtualThreadPerTaskExecutor()) {
            for (List<String> group : List.of(sources, derived)) {
                // the group's read models emptied all at once: each drop and index waits for the store's commit to
                // disk, and the store commits the writes that wait together (one by one they took up to a second)
                List<Future<Integer>> emptied = new ArrayList<>();
                for (String collection : group) {
                    emptied.add(emptying.submit(() -> {
                        retrying.retrying("empty " + collection, () -> readModels.recreate(collection));
                        return 0;
                    }));
                }
                for (Future<Integer> empty : emptied) {
                    done(empty);
                }
                List<Future<Integer>> batches = new ArrayList<>();
                for (String collection : group) {
                    MongoCollection<Document> target = live.getCollection(collection);
                    List<Document> all = scratch.documents(collection);
                    for (int from = 0; from < all.size(); from += chunk) {
                        List<Document> documents = all.subList(from, Math.min(all.size(), from + chunk));
                        batches.add(pool.submit(() -> {
                            retrying.retrying("write " + collection, () -> insert(target, documents));
                            return documents.size();
                        }));
                    }
                }
                for (Future<Integer> batch : batches) {
                    written += done(batch);
                    retrying.progress(written);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return written;
    }

    private static int done(Future<Integer> batch) throws InterruptedException {
        try {
            return batch.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static int rank(String collection) {
        int source = SOURCES.indexOf(collection);
        return source < 0 ? SOURCES.size() : source;
    }

    /** Inserts them; one that is there already (written live meanwhile, or by an attempt cut short) is replaced. */
    private static void insert(MongoCollection<Document> target, List<Document> documents) {
        try {
            target.insertMany(documents, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
            }
            for (BulkWriteError error : e.getWriteErrors()) {
                Document document = documents.get(error.getIndex());
                target.replaceOne(Filters.eq("_id", document.get("_id")), document, new ReplaceOptions().upsert(true));
            }
        }
    }
}
