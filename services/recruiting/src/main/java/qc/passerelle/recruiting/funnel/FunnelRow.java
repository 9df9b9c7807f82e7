package qc.passerelle.recruiting.funnel;

/** One line of a funnel: a job offer (mission, employer and offer funnels) or an application (a candidate's). */
public record FunnelRow(String jobOfferId, String applicationId, String employerId, String title, Stages stages) {
}
