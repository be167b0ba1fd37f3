package com.acmecloud.partnercenter.partner.programs.rest;

import com.acmecloud.partnercenter.partner.programs.domain.CertificateStatus;
import com.acmecloud.partnercenter.partner.programs.domain.Program;
import com.acmecloud.partnercenter.partner.programs.service.CertificateService.CertificateView;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProgramCertificate")
public record CertificateResponse(
        String certificateId,
        @Schema(examples = "HCPN-SP-2026-000123") String certificateNumber,
        String partnerId,
        Program program,
        @Schema(examples = "Solution Provider") String programName,
        Instant validFrom,
        Instant validTo,
        @Schema(description = "Derived when read: VALID; EXPIRING (valid, ends within partnercenter.certificates."
                + "expiring-within, default 30 days); EXPIRED; REVOKED (the partner has exited)")
        CertificateStatus status) {

    static CertificateResponse of(CertificateView view) {
        var c = view.certificate();
        return new CertificateResponse(c.certificateId.toString(), c.certificateNumber, c.partnerId, c.program,
                c.program.displayName(), c.validFrom, c.validTo, view.status());
    }
}
