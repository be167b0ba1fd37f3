package com.acmecloud.partnercenter.partner.programs.rest;

import com.acmecloud.partnercenter.partner.programs.domain.Program;
import com.acmecloud.partnercenter.partner.programs.service.ProgramApplicationService.JoinedProgram;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "JoinedProgram", description = "A program the partner has joined (its application was approved).")
public record JoinedProgramResponse(
        Program program,
        String name,
        @Schema(description = "1: contracts with the cloud directly; 2: contracts through a distributor") int tier,
        String applicationId,
        @Schema(description = "When the application was approved") Instant joinedAt,
        @Schema(description = "The program certificate to download; null for programs that issue none (rule 2)")
        String certificateId) {

    static JoinedProgramResponse of(JoinedProgram joined) {
        var application = joined.application();
        return new JoinedProgramResponse(application.program, application.program.displayName(),
                application.program.tier(), application.applicationId.toString(), application.reviewedAt,
                joined.certificate() == null ? null : joined.certificate().certificateId.toString());
    }
}
