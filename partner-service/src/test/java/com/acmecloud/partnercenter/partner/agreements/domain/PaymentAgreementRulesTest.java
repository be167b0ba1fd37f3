package com.acmecloud.partnercenter.partner.agreements.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.partner.core.domain.Partner;
import com.acmecloud.partnercenter.partner.core.domain.RealNameStatus;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Rule 6: only a real-name-verified partner may request the payment agreement. */
class PaymentAgreementRulesTest {

    @ParameterizedTest
    @EnumSource(RealNameStatus.class)
    void onlyApprovedRealNameMayRequest(RealNameStatus status) {
        Partner partner = new Partner();
        partner.realNameStatus = status;
        assertThat(PaymentAgreement.mayBeRequestedBy(partner)).isEqualTo(status == RealNameStatus.APPROVED);
    }

    @Test
    void contractNumbersCarryTheBeijingDateAndSerial() {
        // 2026-11-25T17:00Z is already 26 November in Beijing
        assertThat(PaymentAgreement.contractNumber(Instant.parse("2026-11-25T17:00:00Z"), 42))
                .isEqualTo("PA20261126-000042");
    }
}
