package com.acmecloud.partnercenter.partner.registration.rest;

import com.acmecloud.partnercenter.partner.core.domain.Partner;
import com.acmecloud.partnercenter.partner.core.domain.PartnerStatus;
import com.acmecloud.partnercenter.partner.core.domain.RealNameStatus;
import com.acmecloud.partnercenter.partner.programs.domain.ProgramApplication;
import com.acmecloud.partnercenter.partner.programs.rest.ProgramApplicationResponse;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Partner", description = "A partner and where it stands in enrolment.")
public record PartnerResponse(
        String partnerId,
        String companyName,
        String contactEmail,
        String contactPhone,
        String countryCode,
        String xaccountId,
        Instant registeredAt,
        @Schema(description = "ACTIVE, RESTRICTED (cannot apply to programs, link resellers or associate customers) "
                + "or EXITED (final)")
        PartnerStatus status,
        @Schema(description = "Marked by an operator as a test account: customer-service refuses it the operations that "
                + "bring real customers (CBC.99005035)")
        boolean testAccount,
        @Schema(description = "Enterprise real-name authentication: NONE, REVIEWING, APPROVED or REJECTED")
        RealNameStatus realNameStatus,
        @Schema(description = "BOUND or UNBOUND")
        String emailBindingStatus,
        Instant emailBoundAt,
        List<ProgramApplicationResponse> programApplications) {

    static PartnerResponse of(Partner partner, List<ProgramApplication> applications) {
        return new PartnerResponse(partner.partnerId, partner.companyName, partner.contactEmail, partner.contactPhone,
                partner.countryCode, partner.xaccountId, partner.registeredAt, partner.status, partner.testAccount,
                partner.realNameStatus, partner.emailBound() ? "BOUND" : "UNBOUND", partner.emailBoundAt,
                applications.stream().map(ProgramApplicationResponse::of).toList());
    }
}
