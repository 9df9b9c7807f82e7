package qc.passerelle.local;

import de.bwaldvogel.mongo.bson.Document;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/**
 * Tells which commands may change data and so must be durable before they are answered.
 *
 * <p>It lists the commands that only read, not those that write: a command this list does not know (a newer driver's,
 * or one mongo-java-server learns later) then costs one commit wait instead of silently losing its acknowledgement.
 */
final class WriteCommands {

    /** Lower case: mongo-java-server accepts some commands in more than one spelling (isMaster, ismaster). */
    private static final Set<String> READ_ONLY = Set.of(
            "find", "getmore", "count", "distinct", "aggregate", "explain", "killcursors",
            "listcollections", "listindexes", "listdatabases", "collstats", "dbstats", "validate",
            "ping", "hello", "ismaster", "buildinfo", "serverstatus", "hostinfo", "whatsmyuri", "connectionstatus",
            "getcmdlineopts", "getfreemonitoringstatus", "getlog", "getlasterror", "getparameter",
            "replsetgetstatus", "currentop", "endsessions", "saslstart", "saslcontinue", "listcommands");

    /** Aggregation stages that write their result into a collection. */
    private static final Set<String> WRITING_STAGES = Set.of("$out", "$merge");

    private WriteCommands() {
    }

    /** For an OP_MSG body: its first key names the command. */
    static boolean changesData(Document body) {
        if (body == null || body.isEmpty()) {
            return false;
        }
        String command = body.keySet().iterator().next();
        return changesData(command, body);
    }

    static boolean changesData(String command, Document body) {
        String name = command.toLowerCase(Locale.ROOT);
        if (name.equals("aggregate")) {
            return writesResult(body.get("pipeline"));
        }
        return !READ_ONLY.contains(name);
    }

    private static boolean writesResult(Object pipeline) {
        if (!(pipeline instanceof Collection<?> stages)) {
            return false;
        }
        return stages.stream()
                .filter(Document.class::isInstance)
                .map(Document.class::cast)
                .anyMatch(stage -> stage.keySet().stream().anyMatch(WRITING_STAGES::contains));
    }
}
