package qc.passerelle.students.funnel;

/**
 * The strategy favours programs that answer labour shortages: the share of admissions granted in such programs.
 * {@code share} is null when there is no admission yet (no share of nothing).
 */
public record LabourShortageShare(long admissions, long admissionsInShortagePrograms, Double share) {

    static LabourShortageShare of(long admissions, long aligned) {
        return new LabourShortageShare(admissions, aligned, admissions == 0 ? null : (double) aligned / admissions);
    }
}
