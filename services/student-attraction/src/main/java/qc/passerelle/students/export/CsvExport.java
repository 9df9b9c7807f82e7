package qc.passerelle.students.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import qc.passerelle.messaging.store.TimeOrderedIds;
import qc.passerelle.security.Caller;
import qc.passerelle.security.Role;
import qc.passerelle.security.audit.AuditEntry;
import qc.passerelle.security.audit.AuditTrail;
import qc.passerelle.web.Csv;

/**
 * CSV downloads (RFC 4180, CRLF, cells neutralised by {@link Csv} so that a spreadsheet runs nothing). An export of
 * personal records is audited whoever asks, MIFI included: unlike a page on screen, the file leaves the system. The
 * entry is written before the first byte, so a download cut short is still on record.
 */
@Component
public class CsvExport {

    private final MongoTemplate mongo;
    private final Clock clock;

    CsvExport(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** {@link AuditTrail} leaves MIFI's reads out, which is right for pages but not for files: hence our own entry. */
    public void audit(Caller caller, String action, List<String> personIds) {
        mongo.insert(new AuditEntry(TimeOrderedIds.next(), caller.subject(),
                caller.roles().stream().map(Role::name).sorted().toList(), caller.scope(), action,
                List.copyOf(personIds), clock.instant()), AuditTrail.COLLECTION);
    }

    /** Opens the download and writes its header line. */
    public PrintWriter open(HttpServletResponse response, String filename, String... columns) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        PrintWriter out = response.getWriter();
        line(out, (Object[]) columns);
        return out;
    }

    public static void line(PrintWriter out, Object... cells) {
        out.print(Csv.line(cells));
        out.print("\r\n");
    }
}
