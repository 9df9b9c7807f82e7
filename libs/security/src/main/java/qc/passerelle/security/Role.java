package qc.passerelle.security;

/** The roles of the DESIGN's access rules, carried in the token's {@code roles} claim. */
public enum Role {
    MIFI, RECRUITER, EMPLOYER, CONSULATE, INSPECTOR, INSTITUTION,
    /** A person applying at a Journées Québec mission: the token's subject is the candidate. */
    CANDIDATE;

    public String authority() {
        return "ROLE_" + name();
    }
}
