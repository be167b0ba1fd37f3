package com.acmecloud.partnercenter.partner.programs.rest;

import com.acmecloud.partnercenter.partner.programs.domain.ApplicationStatus;
import com.acmecloud.partnercenter.partner.programs.domain.Program;
import com.acmecloud.partnercenter.partner.programs.domain.ProgramApplication;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProgramApplication")
public record ProgramApplicationResponse(
        String applicationId,
        Program program,
        @Schema(description = "SUBMITTED, APPROVED (the partner joined the program) or REJECTED") ApplicationStatus status,
        Instant submittedAt,
        @Schema(description = "When an operator decided; null while SUBMITTED") Instant reviewedAt,
        @Schema(description = "The operator's reason (always given for a rejection)") String reason) {

    public static ProgramApplicationResponse of(ProgramApplication application) {
        return new ProgramApplicationResponse(application.applicationId.toString(), application.program,
                application.status, application.submittedAt, application.reviewedAt, application.reason);
    }
}
