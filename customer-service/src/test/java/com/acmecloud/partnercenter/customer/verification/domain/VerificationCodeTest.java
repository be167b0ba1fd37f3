package com.acmecloud.partnercenter.customer.verification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.customer.verification.domain.VerificationCode.Check;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Rule 21: expiry, and blocking after more than 3 failed checks. */
class VerificationCodeTest {

    private final Instant now = Instant.parse("2026-03-01T08:00:00Z");

    private VerificationCode code(String value) {
        VerificationCode code = new VerificationCode();
        code.codeId = UUID.randomUUID();
        code.codeHash = VerificationCode.hash(code.codeId, value);
        code.createdAt = now;
        code.expiresAt = now.plus(Duration.ofMinutes(10));
        return code;
    }

    @Test
    void theRightCodeWithinItsValidityIsAccepted() {
        assertThat(code("123456").check("123456", now.plusSeconds(599), 3)).isEqualTo(Check.ACCEPTED);
        assertThat(code("123456").check("123456", now.plusSeconds(600), 3)).isEqualTo(Check.EXPIRED);
    }

    @Test
    void threeFailedChecksStillAllowTheRightCodeAFourthBlocksIt() {
        VerificationCode code = code("123456");
        for (int i = 0; i < 3; i++) {
            assertThat(code.check("000000", now, 3)).isEqualTo(Check.WRONG);
        }
        assertThat(code.check("123456", now, 3)).isEqualTo(Check.ACCEPTED);

        VerificationCode blocked = code("123456");
        for (int i = 0; i < 3; i++) {
            blocked.check("000000", now, 3);
        }
        assertThat(blocked.check("000000", now, 3)).isEqualTo(Check.LOCKED);
        assertThat(blocked.check("123456", now, 3)).isEqualTo(Check.LOCKED);
    }

    @Test
    void onlyAHashIsKept() {
        VerificationCode code = code("123456");
        assertThat(code.codeHash).hasSize(64).doesNotContain("123456");
    }
}
