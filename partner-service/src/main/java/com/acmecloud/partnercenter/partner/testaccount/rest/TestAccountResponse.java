package com.acmecloud.partnercenter.partner.testaccount.rest;

import com.acmecloud.partnercenter.partner.core.domain.Partner;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TestAccount", description = "Whether the partner is a test account, and the last change (null: never)")
public record TestAccountResponse(String partnerId, boolean testAccount, String reason, Instant changedAt,
                                  String changedBy) {

    static TestAccountResponse of(Partner partner) {
        return new TestAccountResponse(partner.partnerId, partner.testAccount, partner.testAccountReason,
                partner.testAccountChangedAt, partner.testAccountChangedBy);
    }
}
