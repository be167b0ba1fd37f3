package com.acmecloud.partnercenter.partner.programs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.partner.core.domain.PartnerStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A certificate's status is derived from the clock (and the partner's exit) when it is read. */
class CertificateStatusTest {

    private static final Instant VALID_TO = Instant.parse("2027-11-25T08:00:00Z");
    private static final Duration WINDOW = Duration.ofDays(30);

    @Test
    void validUntilTheWindowThenExpiringThenExpired() {
        assertThat(at(VALID_TO.minus(Duration.ofDays(200)))).isEqualTo(CertificateStatus.VALID);
        assertThat(at(VALID_TO.minus(WINDOW).minusSeconds(1))).isEqualTo(CertificateStatus.VALID);
        assertThat(at(VALID_TO.minus(WINDOW))).isEqualTo(CertificateStatus.EXPIRING);
        assertThat(at(VALID_TO.minusSeconds(1))).isEqualTo(CertificateStatus.EXPIRING);
        assertThat(at(VALID_TO)).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(at(VALID_TO.plus(Duration.ofDays(400)))).isEqualTo(CertificateStatus.EXPIRED);
    }

    @Test
    void expiringIsStillValidExpiredAndRevokedAreNot() {
        assertThat(CertificateStatus.VALID.valid()).isTrue();
        assertThat(CertificateStatus.EXPIRING.valid()).isTrue();
        assertThat(CertificateStatus.EXPIRED.valid()).isFalse();
        assertThat(CertificateStatus.REVOKED.valid()).isFalse();
    }

    @Test
    void anExitedPartnersCertificatesAreRevokedARestrictedPartnersAreNot() {
        Instant now = VALID_TO.minus(Duration.ofDays(200));
        assertThat(CertificateStatus.of(VALID_TO, PartnerStatus.EXITED, now, WINDOW)).isEqualTo(CertificateStatus.REVOKED);
        assertThat(CertificateStatus.of(VALID_TO, PartnerStatus.RESTRICTED, now, WINDOW)).isEqualTo(CertificateStatus.VALID);
    }

    @Test
    void theWindowIsConfiguration() {
        Instant now = VALID_TO.minus(Duration.ofDays(40));
        assertThat(CertificateStatus.of(VALID_TO, PartnerStatus.ACTIVE, now, WINDOW)).isEqualTo(CertificateStatus.VALID);
        assertThat(CertificateStatus.of(VALID_TO, PartnerStatus.ACTIVE, now, Duration.ofDays(60)))
                .isEqualTo(CertificateStatus.EXPIRING);
    }

    private static CertificateStatus at(Instant now) {
        return CertificateStatus.of(VALID_TO, PartnerStatus.ACTIVE, now, WINDOW);
    }
}
