package com.acmecloud.partnercenter.partner.members.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The member rules as plain code, without HTTP or a database. */
class MemberDomainTest {

    private static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");

    private static MemberInvitation pending() {
        MemberInvitation invitation = new MemberInvitation();
        invitation.status = InvitationStatus.PENDING;
        invitation.createdAt = T0;
        invitation.expiresAt = T0.plus(Duration.ofDays(7));
        return invitation;
    }

    @Test
    void aPendingInvitationExpiresExactlyAtItsExpiry() {
        MemberInvitation invitation = pending();
        assertThat(invitation.statusAt(invitation.expiresAt.minusSeconds(1))).isEqualTo(InvitationStatus.PENDING);
        assertThat(invitation.refusalAt(invitation.expiresAt.minusSeconds(1))).isEmpty();
        assertThat(invitation.statusAt(invitation.expiresAt)).isEqualTo(InvitationStatus.EXPIRED);
        assertThat(invitation.refusalAt(invitation.expiresAt)).contains(CbcError.MEMBER_INVITATION_EXPIRED);
    }

    @Test
    void aClosedInvitationIsRefusedWithTheReason() {
        MemberInvitation accepted = pending();
        accepted.close(InvitationStatus.ACCEPTED, "p", T0);
        assertThat(accepted.refusalAt(T0)).contains(CbcError.MEMBER_INVITATION_USED);
        // a used invitation stays "used" after its expiry, not "expired"
        assertThat(accepted.statusAt(T0.plus(Duration.ofDays(30)))).isEqualTo(InvitationStatus.ACCEPTED);
        MemberInvitation declined = pending();
        declined.close(InvitationStatus.DECLINED, "p", T0);
        assertThat(declined.refusalAt(T0)).contains(CbcError.MEMBER_INVITATION_USED);
        MemberInvitation revoked = pending();
        revoked.close(InvitationStatus.REVOKED, "partner", T0);
        assertThat(revoked.refusalAt(T0)).contains(CbcError.MEMBER_INVITATION_REVOKED);
        assertThatThrownBy(() -> pending().close(InvitationStatus.EXPIRED, "p", T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theQuotaAllowsExactlyTheConfiguredNumberInARolling24Hours() {
        InvitationQuota quota = new InvitationQuota(100);
        assertThat(quota.allowsAnother(99)).isTrue();
        assertThat(quota.allowsAnother(100)).isFalse();
        assertThat(quota.windowStart(T0)).isEqualTo(T0.minus(Duration.ofHours(24)));
    }

    @ParameterizedTest
    @CsvSource({
            "EMAIL, li.lei@example.com, true",
            "EMAIL, not-an-email, false",
            "EMAIL, a@b, false",
            "PHONE, 13800000000, true",
            "PHONE, +8613800000000, true",
            "PHONE, +86-13800000000, true",
            "PHONE, 12800000000, false",
            "PHONE, +1-2025550100, false",
            "PHONE, 1380000000, false",
            "ACCOUNT_NAME, li_lei, true",
            "ACCOUNT_NAME, abcd, false",
            "ACCOUNT_NAME, 1abcde, false",
            "ACCOUNT_NAME, abcdefghijabcdefghijabcdefghijab, true",
            "ACCOUNT_NAME, abcdefghijabcdefghijabcdefghijabc, false",
            "ACCOUNT_NAME, li lei x, false"})
    void inviteesAreValidatedPerType(InviteeType type, String invitee, boolean valid) {
        assertThat(type.problemWith(invitee).isEmpty()).isEqualTo(valid);
    }

    @Test
    void aCertificationIsValidUntilItsEndThenExpired() {
        PersonalCertification certification = new PersonalCertification();
        certification.validFrom = T0.minus(Duration.ofDays(10));
        certification.validTo = T0;
        assertThat(certification.statusAt(T0.minusSeconds(1))).isEqualTo(CertificationStatus.VALID);
        assertThat(certification.statusAt(T0)).isEqualTo(CertificationStatus.EXPIRED);
        assertThat(PersonalCertification.periodProblem(T0, T0, T0)).containsExactly("valid_to", "must be after valid_from");
        assertThat(PersonalCertification.periodProblem(T0.plusSeconds(1), T0.plusSeconds(9), T0))
                .containsExactly("valid_from", "must not be in the future");
        assertThat(PersonalCertification.periodProblem(T0, T0.plusSeconds(9), T0)).isNull();
    }

    @Test
    void tokensAreRandomAndStoredOnlyAsAHash() {
        String token = InvitationTokens.newToken();
        assertThat(InvitationTokens.wellFormed(token)).isTrue();
        assertThat(InvitationTokens.newToken()).isNotEqualTo(token);
        assertThat(InvitationTokens.hash(token)).hasSize(64).isNotEqualTo(token);
        assertThat(InvitationTokens.wellFormed("../etc/passwd")).isFalse();
    }

    @Test
    void longSubjectsBecomeFixedWidthKeys() {
        assertThat(PersonKey.of("person-1")).isEqualTo("person-1");
        assertThat(PersonKey.of("x".repeat(200))).hasSize(64).isEqualTo(PersonKey.of("x".repeat(200)));
    }
}
