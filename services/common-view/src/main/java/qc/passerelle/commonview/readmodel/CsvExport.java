package qc.passerelle.commonview.readmodel;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import qc.passerelle.web.Csv;

/**
 * A list as an RFC 4180 file: a header line, one line per item, CRLF line ends, every cell made safe for a
 * spreadsheet by {@link Csv}. The caller audits the read before returning it: nothing is written before that.
 */
public final class CsvExport {

    public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private CsvExport() {
    }

    public static <T> ResponseEntity<StreamingResponseBody> of(String filename, List<String> header, List<T> items,
                                                               Function<T, List<?>> cells) {
        StreamingResponseBody body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(Csv.line(header.toArray()));
            writer.write("\r\n");
            for (T item : items) {
                writer.write(Csv.line(cells.apply(item).toArray()));
                writer.write("\r\n");
            }
            writer.flush();
        };
        return ResponseEntity.ok().contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"").body(body);
    }
}
