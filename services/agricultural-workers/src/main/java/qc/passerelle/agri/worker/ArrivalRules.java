package qc.passerelle.agri.worker;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import qc.passerelle.web.InvalidFieldException;

/** What the annotations cannot say: a real country, a plausible age, an arrival date that is not far off. */
final class ArrivalRules {

    private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
    private static final int MINIMUM_AGE = 16;

    private ArrivalRules() {
    }

    static void check(ArrivalRequest request, LocalDate today) {
        if (!COUNTRIES.contains(request.citizenship())) {
            throw new InvalidFieldException("citizenship", "'" + request.citizenship() + "' is not an ISO 3166-1 country code");
        }
        int year = request.arrivalDate().getYear();
        if (request.birthYear() < year - 80 || request.birthYear() > year - MINIMUM_AGE) {
            throw new InvalidFieldException("birthYear", "a worker arriving in " + year + " is born between "
                    + (year - 80) + " and " + (year - MINIMUM_AGE));
        }
        if (request.arrivalDate().isAfter(today.plusYears(1)) || request.arrivalDate().isBefore(today.minusYears(1))) {
            throw new InvalidFieldException("arrivalDate", "an arrival is reported within a year of the day it happens");
        }
    }
}
