package com.acmecloud.partnercenter.customer.realname.rest;

import com.acmecloud.partnercenter.customer.realname.domain.RealNameAuth;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A submission as an operator reviews it. ID numbers are never shown: only their hashes are kept. */
@Schema(name = "RealNameAuthResponse")
public record RealNameAuthResponse(
        String authId,
        String customerId,
        String partnerId,
        @Schema(enumeration = {"INDIVIDUAL", "ENTERPRISE"}) String authType,
        int identifyType,
        Integer verifiedType,
        Integer certificateType,
        @Schema(description = "-1 new, 1 individual to enterprise") int changeType,
        @Schema(description = "Person or company name") String name,
        @Schema(description = "Paths relative to download/ in obs_bucket_name, in the submitted order")
        List<String> verifiedFileUrl,
        String obsBucketName,
        String regCountry,
        String regAddress,
        String legelName,
        String certifierRole,
        @Schema(description = "Bank card number, masked") String bankAccountMasked,
        @Schema(enumeration = {"REVIEWING", "REJECTED", "APPROVED"}) String status,
        String opinion,
        String submittedBy,
        Instant submittedAt,
        String reviewedBy,
        Instant reviewedAt) {

    static RealNameAuthResponse of(RealNameAuth auth) {
        return new RealNameAuthResponse(auth.authId.toString(), auth.customerId, auth.partnerId, auth.authType.name(),
                auth.identifyType, auth.verifiedType == null ? null : (int) auth.verifiedType,
                auth.certificateType == null ? null : (int) auth.certificateType, auth.changeType, auth.name,
                auth.files(), auth.obsBucketName, auth.regCountry, auth.regAddress, auth.legalPersonName,
                auth.certifierRole, auth.bankAccountMasked, auth.status.name(), auth.opinion, auth.submittedBy,
                auth.submittedAt, auth.reviewedBy, auth.reviewedAt);
    }
}
