package com.acmecloud.partnercenter.partner.programs.rest;

import com.acmecloud.partnercenter.partner.programs.domain.Program;
import java.time.Period;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Program", description = "A partner program of the catalogue.")
public record ProgramResponse(
        @Schema(examples = "SOLUTION_PROVIDER") Program code,
        @Schema(examples = "Solution Provider") String name,
        @Schema(description = "1: contracts with the cloud directly; 2: contracts through a distributor", examples = "1")
        int tier,
        @Schema(description = "Whether joining the program issues a certificate (rule 2)") boolean issuesCertificate,
        @Schema(description = "ISO-8601 period a certificate is valid from the day the partner joins; null when the "
                + "program issues none", examples = "P1Y")
        String certificateValidity) {

    static ProgramResponse of(Program program, Period certificateValidity) {
        return new ProgramResponse(program, program.displayName(), program.tier(), program.issuesCertificate(),
                program.issuesCertificate() ? certificateValidity.toString() : null);
    }
}
