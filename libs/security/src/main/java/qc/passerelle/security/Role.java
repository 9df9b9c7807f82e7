package qc.passerelle.security;

/** The roles of the DESIGN's access rules, carried in the token's {@code roles} claim. */
public enum Role {
    MIFI, RECRUITER, EMPLOYER, CONSULATE, INSPECTOR, INSTITUTION;

    public String authority() {
        return "ROLE_" + name();
    }
}
