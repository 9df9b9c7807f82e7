package qc.passerelle.agri.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import qc.passerelle.contracts.agriworkers.ReportCategory;
import qc.passerelle.contracts.agriworkers.ReportFiler;
import qc.passerelle.contracts.agriworkers.ReportLanguage;

final class ReportRequests {

    private ReportRequests() {
    }

    record File(@NotBlank String workerId, @NotNull ReportFiler filedBy, @NotNull ReportCategory category,
                @NotNull ReportLanguage language, @NotBlank @Size(max = 5000) String text) {
    }

    record Resolve(@NotBlank @Size(max = 2000) String note) {
    }
}
