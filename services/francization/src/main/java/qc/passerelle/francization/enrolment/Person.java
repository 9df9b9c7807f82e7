package qc.passerelle.francization.enrolment;

/**
 * Whom an enrolment is for, as the causing context knows them: the candidate (recruiting), the prospect (students) or
 * the worker (agricultural workers) id is the person id. Citizenship scopes what a consulate sees.
 */
public record Person(String personId, String givenName, String familyName, String citizenship, int birthYear) {
}
