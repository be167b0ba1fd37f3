package com.acmecloud.partnercenter.partner.programs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.partner.core.domain.Partner;
import com.acmecloud.partnercenter.partner.core.domain.RealNameStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Rule 1: Solution Provider needs approved enterprise real-name and a bound e-mail. */
class ProgramPrerequisitesTest {

    @Test
    void solutionProviderNeedsRealNameAndEmail() {
        assertThat(ProgramPrerequisites.missing(Program.SOLUTION_PROVIDER, partner(RealNameStatus.NONE, false)))
                .containsExactly("enterprise_real_name", "email_binding");
        assertThat(ProgramPrerequisites.missing(Program.SOLUTION_PROVIDER, partner(RealNameStatus.REVIEWING, true)))
                .containsExactly("enterprise_real_name");
        assertThat(ProgramPrerequisites.missing(Program.SOLUTION_PROVIDER, partner(RealNameStatus.APPROVED, false)))
                .containsExactly("email_binding");
        assertThat(ProgramPrerequisites.missing(Program.SOLUTION_PROVIDER, partner(RealNameStatus.APPROVED, true)))
                .isEmpty();
    }

    @Test
    void rejectedRealNameDoesNotCount() {
        assertThat(ProgramPrerequisites.missing(Program.SOLUTION_PROVIDER, partner(RealNameStatus.REJECTED, true)))
                .containsExactly("enterprise_real_name");
    }

    @Test
    void otherProgramsNeedRealNameOnly() {
        assertThat(ProgramPrerequisites.missing(Program.DISTRIBUTOR, partner(RealNameStatus.APPROVED, false))).isEmpty();
        assertThat(ProgramPrerequisites.missing(Program.CLOUD_RESELLER, partner(RealNameStatus.NONE, true)))
                .containsExactly("enterprise_real_name");
    }

    private static Partner partner(RealNameStatus realName, boolean emailBound) {
        Partner partner = new Partner();
        partner.realNameStatus = realName;
        partner.emailBoundAt = emailBound ? Instant.now() : null;
        return partner;
    }
}
