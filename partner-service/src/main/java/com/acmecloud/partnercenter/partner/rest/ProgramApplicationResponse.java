package com.acmecloud.partnercenter.partner.rest;

import com.acmecloud.partnercenter.partner.domain.ApplicationStatus;
import com.acmecloud.partnercenter.partner.domain.Program;
import com.acmecloud.partnercenter.partner.domain.ProgramApplication;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProgramApplication")
public record ProgramApplicationResponse(String applicationId, Program program, ApplicationStatus status,
                                         Instant submittedAt) {

    static ProgramApplicationResponse of(ProgramApplication application) {
        return new ProgramApplicationResponse(application.applicationId.toString(), application.program,
                application.status, application.submittedAt);
    }
}
