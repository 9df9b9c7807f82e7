package qc.passerelle.commonview.change;

import org.springframework.security.access.AccessDeniedException;
import qc.passerelle.security.Caller;
import qc.passerelle.security.Role;
import qc.passerelle.web.InvalidFieldException;

/**
 * Who a read model entry or a change is meant for: MIFI sees everything, an employer its own, a consulate its own
 * nationals. The key names the audience in per-audience documents and in the change log.
 */
public final class Audience {

    public static final String MIFI = "MIFI";
    /** Every stream: a rebuild's reset. */
    public static final String EVERYONE = "*";

    private Audience() {
    }

    public static String employer(String employerId) {
        return "EMPLOYER:" + employerId;
    }

    public static String consulate(String country) {
        return "CONSULATE:" + country;
    }

    public static boolean isConsulate(String audience) {
        return audience.startsWith("CONSULATE:");
    }

    public static String country(String audience) {
        return isConsulate(audience) ? audience.substring("CONSULATE:".length()) : null;
    }

    /**
     * Whose view a caller asks for: MIFI may name an employer or a country (or reads its own, everything); an
     * employer or a consulate always gets its own, and naming another is refused (403) by the scope check that
     * follows, on the document of that audience.
     */
    public static String of(Caller caller, String employerId, String country) {
        if (country != null && !country.matches("[A-Z]{2}")) {
            throw new InvalidFieldException("country", "doit être un code ISO 3166-1 alpha-2 (GT, MX) / must be an ISO 3166-1 alpha-2 code such as GT or MX");
        }
        if (employerId != null && employerId.isBlank()) {
            throw new InvalidFieldException("employerId", "ne doit pas être vide / must not be blank");
        }
        if (employerId != null) {
            return employer(employerId);
        }
        if (country != null) {
            return consulate(country);
        }
        if (caller.isMifi()) {
            return MIFI;
        }
        if (caller.is(Role.EMPLOYER)) {
            return employer(caller.employerId());
        }
        if (caller.is(Role.CONSULATE)) {
            return consulate(caller.country());
        }
        throw new AccessDeniedException("no view for this role");
    }

    /** 403 unless the caller may see what is meant for this audience. */
    public static void require(Caller caller, String audience) {
        boolean allowed = caller.isMifi()
                || (caller.is(Role.EMPLOYER) && audience.equals(employer(caller.employerId())))
                || (caller.is(Role.CONSULATE) && audience.equals(consulate(caller.country())));
        if (!allowed) {
            throw new AccessDeniedException("outside the caller's scope");
        }
    }
}
