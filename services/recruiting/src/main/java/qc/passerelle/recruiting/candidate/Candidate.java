package qc.passerelle.recruiting.candidate;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;

/**
 * A candidate's profile, under the id their token names ({@code sub}). It carries no events (the catalogue has no
 * candidate event: the profile stays here and only what an application needs travels, with the application). Its
 * {@code applicationIds} is the candidate's own list, written before each application itself, so it may name an
 * application a crash kept from being written but never misses one: their list is read by id, never by a scan.
 */
public record Candidate(@Id String id, String givenName, String familyName, String email, String citizenship,
                        String countryOfResidence, int birthYear, String profession, String nocCode,
                        int yearsOfExperience, int declaredFrenchLevel, List<String> otherLanguages,
                        List<String> applicationIds, Instant registeredAt, String fingerprint) {

    public static final String COLLECTION = "candidates";
}
