package com.acmecloud.partnercenter.partner.registration.rest;

import com.acmecloud.partnercenter.partner.core.domain.RealNameStatus;
import com.acmecloud.partnercenter.partner.registration.domain.RealNameSubmission;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RealNameSubmission")
public record RealNameSubmissionResponse(String submissionId, String partnerId, String licenceNumber,
                                         String legalPersonName, List<String> attachmentRefs, RealNameStatus status,
                                         String opinion, Instant submittedAt, Instant reviewedAt) {

    static RealNameSubmissionResponse of(RealNameSubmission s) {
        return new RealNameSubmissionResponse(s.submissionId.toString(), s.partnerId, s.licenceNumber,
                s.legalPersonName, List.of(s.attachmentRefs.split("\n")), s.status, s.opinion, s.submittedAt,
                s.reviewedAt);
    }
}
