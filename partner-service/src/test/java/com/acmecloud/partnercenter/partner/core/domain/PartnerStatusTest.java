package com.acmecloud.partnercenter.partner.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartnerStatusTest {

    @Test
    void activeAndRestrictedMoveFreely() {
        assertThat(PartnerStatus.ACTIVE.canChangeTo(PartnerStatus.RESTRICTED)).isTrue();
        assertThat(PartnerStatus.RESTRICTED.canChangeTo(PartnerStatus.ACTIVE)).isTrue();
        assertThat(PartnerStatus.ACTIVE.canChangeTo(PartnerStatus.EXITED)).isTrue();
        assertThat(PartnerStatus.RESTRICTED.canChangeTo(PartnerStatus.EXITED)).isTrue();
    }

    @Test
    void exitedIsFinal() {
        assertThat(PartnerStatus.EXITED.canChangeTo(PartnerStatus.ACTIVE)).isFalse();
        assertThat(PartnerStatus.EXITED.canChangeTo(PartnerStatus.RESTRICTED)).isFalse();
        assertThat(PartnerStatus.EXITED.canChangeTo(PartnerStatus.EXITED)).isTrue();
    }
}
