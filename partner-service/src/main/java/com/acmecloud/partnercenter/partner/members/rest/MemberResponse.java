package com.acmecloud.partnercenter.partner.members.rest;

import com.acmecloud.partnercenter.partner.members.domain.MembershipStatus;
import com.acmecloud.partnercenter.partner.members.domain.PartnerMember;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Member")
public record MemberResponse(String memberId, String partnerId,
                             @Schema(description = "The person (subject of their token)") String person,
                             String invitationId, MembershipStatus status, Instant joinedAt, Instant endedAt) {

    static MemberResponse of(PartnerMember m) {
        return new MemberResponse(m.memberId.toString(), m.partnerId, m.person, m.invitationId.toString(), m.status,
                m.joinedAt, m.endedAt);
    }
}
