package qc.passerelle.students.institution;

import qc.passerelle.contracts.students.InstitutionType;

public record InstitutionResponse(String institutionId, String name, InstitutionType type, QuebecRegion region,
                                  long version) {

    public static InstitutionResponse of(Institution i) {
        return new InstitutionResponse(i.id(), i.name(), i.type(), i.region(), i.version());
    }
}
