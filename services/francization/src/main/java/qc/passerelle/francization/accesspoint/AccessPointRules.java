package qc.passerelle.francization.accesspoint;

import java.util.Locale;
import java.util.Set;
import qc.passerelle.web.InvalidFieldException;

/** What the annotations cannot say: abroad means a city and a foreign country, in Quebec a region and organisation. */
final class AccessPointRules {

    private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    private AccessPointRules() {
    }

    static void check(AccessPointRequest request) {
        if (request.kind() == AccessPointKind.ONLINE_PLATFORM) {
            throw new InvalidFieldException("kind", "there is one online platform, " + OnlinePlatform.ID
                    + ", and it exists already");
        }
        if (request.kind().abroad()) {
            require(request.city(), "city", "an access point abroad names its city");
            require(request.country(), "country", "an access point abroad names its country");
            if (!COUNTRIES.contains(request.country()) || request.country().equals("CA")) {
                throw new InvalidFieldException("country", "'" + request.country()
                        + "' is not a country abroad (ISO 3166-1 alpha-2, not CA)");
            }
            if (request.region() != null) {
                throw new InvalidFieldException("region", "only classes in Quebec have a region");
            }
        } else {
            if (request.region() == null) {
                throw new InvalidFieldException("region", "a class in Quebec names its region");
            }
            require(request.organisation(), "organisation", "a class in Quebec names the organisation giving it");
            if (request.country() != null && !request.country().equals("CA")) {
                throw new InvalidFieldException("country", "a class in Quebec is in CA");
            }
        }
    }

    private static void require(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, message);
        }
    }
}
