package qc.passerelle.students.funnel;

/**
 * One line of a funnel, counts only: how many people reached each step ({@code prospects}, {@code applicants},
 * {@code admitted}, {@code withCaq}, {@code withStudyPermit}, {@code arrived}), and how many applications and
 * admissions they made (someone may apply to two programs). Per promotion event and per country the funnel starts
 * with every prospect met; per program and per institution, with those who applied there.
 */
public record FunnelRow(String key, String label, long prospects, long applicants, long applications, long admitted,
                        long admissions, long withCaq, long withStudyPermit, long arrived) {

    FunnelRow labelled(String newLabel) {
        return new FunnelRow(key, newLabel, prospects, applicants, applications, admitted, admissions, withCaq,
                withStudyPermit, arrived);
    }
}
