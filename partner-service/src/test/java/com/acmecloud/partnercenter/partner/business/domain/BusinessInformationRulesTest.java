package com.acmecloud.partnercenter.partner.business.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Rule 60: payouts need verified business information and are blocked while a change is pending. */
class BusinessInformationRulesTest {

    private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");

    private static BusinessDetails details(String account) {
        return new BusinessDetails("Huawei Cloud Computing Technologies Co., Ltd.", "ICBC", account, "Example Co.",
                new BigDecimal("0.06"));
    }

    @Test
    void nothingVerifiedBlocksPayouts() {
        BusinessInformation info = BusinessInformation.none("p1");
        assertThat(info.payoutBlocked()).isTrue();
        assertThat(info.payoutBlock()).isEqualTo(BusinessInformation.PayoutBlock.NOT_VERIFIED);

        info.submit(details("6222020200112233445"), T0);
        assertThat(info.status).isEqualTo(BusinessInformationStatus.PENDING);
        assertThat(info.payoutBlock()).isEqualTo(BusinessInformation.PayoutBlock.NOT_VERIFIED);
    }

    @Test
    void verificationUnblocksAndAPendingChangeBlocksAgainWhileTheVerifiedVersionStaysInForce() {
        BusinessInformation info = BusinessInformation.none("p1");
        info.submit(details("6222020200112233445"), T0);
        info.approve("operator-1", null, T0.plusSeconds(60));
        assertThat(info.status).isEqualTo(BusinessInformationStatus.VERIFIED);
        assertThat(info.payoutBlocked()).isFalse();

        info.submit(details("6222020200199998888"), T0.plusSeconds(120));
        assertThat(info.status).isEqualTo(BusinessInformationStatus.PENDING);
        assertThat(info.payoutBlocked()).isTrue();
        assertThat(info.payoutBlock()).isEqualTo(BusinessInformation.PayoutBlock.CHANGE_PENDING);
        assertThat(info.verified).isEqualTo(details("6222020200112233445"));

        info.approve("operator-1", null, T0.plusSeconds(180));
        assertThat(info.verified).isEqualTo(details("6222020200199998888"));
        assertThat(info.payoutBlocked()).isFalse();
    }

    @Test
    void aRejectedChangeLeavesTheVerifiedVersionAndUnblocks() {
        BusinessInformation info = BusinessInformation.none("p1");
        info.submit(details("6222020200112233445"), T0);
        info.approve("operator-1", null, T0);
        info.submit(details("6222020200199998888"), T0.plusSeconds(10));
        info.reject("operator-1", "holder mismatch", T0.plusSeconds(20));

        assertThat(info.status).isEqualTo(BusinessInformationStatus.REJECTED);
        assertThat(info.verified).isEqualTo(details("6222020200112233445"));
        assertThat(info.pending).isNull();
        assertThat(info.payoutBlocked()).isFalse();
    }

    @Test
    void aSecondChangeCannotBeStackedOnAPendingOne() {
        BusinessInformation info = BusinessInformation.none("p1");
        info.submit(details("6222020200112233445"), T0);
        assertThatThrownBy(() -> info.submit(details("6222020200199998888"), T0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void bankAccountsShowOnlyTheirLastFourDigits() {
        assertThat(BusinessDetails.mask("6222020200112233445")).isEqualTo("***************3445");
        assertThat(BusinessDetails.mask("12345678")).isEqualTo("****5678");
    }
}
