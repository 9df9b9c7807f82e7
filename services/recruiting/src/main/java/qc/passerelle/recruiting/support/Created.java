package qc.passerelle.recruiting.support;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The answer to a command: 201 and the resource's address, or 200 when the command repeated an earlier one. */
public final class Created {

    private Created() {
    }

    public static <T> ResponseEntity<T> at(String location, T body) {
        return ResponseEntity.created(URI.create(location)).body(body);
    }

    public static <T> ResponseEntity<T> at(String location, T body, boolean created) {
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).location(URI.create(location)).body(body);
    }
}
