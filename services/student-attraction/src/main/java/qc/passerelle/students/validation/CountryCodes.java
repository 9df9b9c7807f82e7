package qc.passerelle.students.validation;

import java.util.Locale;
import java.util.Set;
import qc.passerelle.web.InvalidFieldException;

/** A country is an ISO 3166-1 alpha-2 code that names a real country: "XX" has the right shape and is still refused. */
public final class CountryCodes {

    private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    private CountryCodes() {
    }

    public static String require(String field, String code) {
        if (code == null || !COUNTRIES.contains(code)) {
            throw new InvalidFieldException(field, "'" + code + "' is not an ISO 3166-1 alpha-2 country code such as MX or CO");
        }
        return code;
    }

    /** For optional filters: absent is fine, present must be a country. */
    public static String optional(String field, String code) {
        return code == null ? null : require(field, code);
    }
}
