package com.acmecloud.partnercenter.partner.members.rest;

import com.acmecloud.partnercenter.partner.members.domain.CertificationLevel;
import com.acmecloud.partnercenter.partner.members.domain.CertificationStatus;
import com.acmecloud.partnercenter.partner.members.domain.PartnerMember;
import com.acmecloud.partnercenter.partner.members.domain.PersonalCertification;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A personal certification; {@code member_id} is set when a partner reads it through its member. */
@Schema(name = "PersonalCertification")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CertificationResponse(String certificationId, String memberId, String person, CertificationLevel level,
                                    String track, String certificateNumber, Instant validFrom, Instant validTo,
                                    @Schema(description = "VALID until valid_to, then EXPIRED")
                                    CertificationStatus status, Instant recordedAt) {

    static CertificationResponse of(PersonalCertification c, PartnerMember member, Instant now) {
        return new CertificationResponse(c.certificationId.toString(),
                member == null ? null : member.memberId.toString(), c.person, c.level, c.track, c.certificateNumber,
                c.validFrom, c.validTo, c.statusAt(now), c.recordedAt);
    }
}
