package qc.passerelle.local;

import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;

/**
 * What the server has acknowledged, document by document, and the check that none of it was lost.
 *
 * <p>A document only moves forward (inserted, updated, modified by findAndModify, deleted), so "nothing acknowledged
 * was lost" reads: every document is at least as far as its last acknowledged step. It may be further: a write that
 * was in flight when the server died may or may not have been applied.
 */
final class Acknowledged {

    enum Step {
        INSERTED, UPDATED, MODIFIED, DELETED
    }

    private final Map<Integer, Step> lastStep = new ConcurrentHashMap<>();
    private final AtomicInteger count = new AtomicInteger();

    /** Returns how many acknowledgements there have been so far, this one included. */
    int record(int id, Step step) {
        lastStep.merge(id, step, (before, now) -> now.compareTo(before) > 0 ? now : before);
        return count.incrementAndGet();
    }

    int count() {
        return count.get();
    }

    /** Documents written in bulk have ids from here on, and are never deleted. */
    static final int FIRST_BULK_ID = 900_000;

    /** Ids of deletable documents: the only ones whose absence can be a step forward rather than a loss. */
    static boolean deletable(int id) {
        return id % 4 == 0 && id < FIRST_BULK_ID;
    }

    /** One line per document that is behind what was acknowledged for it. */
    List<String> lostIn(MongoCollection<Document> documents) {
        Map<Integer, Document> stored = new ConcurrentHashMap<>();
        documents.find().batchSize(1000).forEach(document -> stored.put(document.getInteger("_id"), document));
        List<String> lost = new ArrayList<>();
        lastStep.forEach((id, acknowledged) -> {
            Step found = stepOf(id, stored.get(id));
            if (found == null || found.compareTo(acknowledged) < 0) {
                lost.add("document " + id + ": acknowledged " + acknowledged + ", found "
                        + (found == null ? "nothing" : found));
            }
        });
        return lost;
    }

    private static Step stepOf(int id, Document document) {
        if (document == null) {
            return deletable(id) ? Step.DELETED : null;
        }
        if (document.getInteger("modifications", 0) > 0) {
            return Step.MODIFIED;
        }
        return document.getBoolean("updated", false) ? Step.UPDATED : Step.INSERTED;
    }
}
