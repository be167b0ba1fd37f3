package com.acmecloud.partnercenter.partner.programs.domain;

import static com.acmecloud.partnercenter.partner.programs.domain.Program.CLOUD_RESELLER;
import static com.acmecloud.partnercenter.partner.programs.domain.Program.DISTRIBUTOR;
import static com.acmecloud.partnercenter.partner.programs.domain.Program.SOLUTION_PROVIDER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rule 4 (the part partner-service knows) and the Distributor / Cloud Reseller exclusion. */
class ProgramConflictsTest {

    @Test
    void aCompanyWithSolutionProviderCannotBecomeACloudReseller() {
        assertThat(ProgramConflicts.conflicting(CLOUD_RESELLER, Set.of(SOLUTION_PROVIDER), Set.of(SOLUTION_PROVIDER)))
                .containsExactly(SOLUTION_PROVIDER);
        // another account of the same company holds it
        assertThat(ProgramConflicts.conflicting(CLOUD_RESELLER, Set.of(), Set.of(SOLUTION_PROVIDER)))
                .containsExactly(SOLUTION_PROVIDER);
        assertThat(ProgramConflicts.explain(CLOUD_RESELLER, SOLUTION_PROVIDER)).contains("rule 4");
    }

    @Test
    void distributorAndCloudResellerExcludeEachOtherForOnePartner() {
        assertThat(ProgramConflicts.conflicting(CLOUD_RESELLER, Set.of(DISTRIBUTOR), Set.of(DISTRIBUTOR)))
                .containsExactly(DISTRIBUTOR);
        assertThat(ProgramConflicts.conflicting(DISTRIBUTOR, Set.of(CLOUD_RESELLER), Set.of(CLOUD_RESELLER)))
                .containsExactly(CLOUD_RESELLER);
        // the exclusion is per partner: another account of the company may be a reseller
        assertThat(ProgramConflicts.conflicting(DISTRIBUTOR, Set.of(), Set.of(CLOUD_RESELLER))).isEmpty();
    }

    @Test
    void everyConflictIsNamed() {
        assertThat(ProgramConflicts.conflicting(CLOUD_RESELLER, Set.of(SOLUTION_PROVIDER, DISTRIBUTOR),
                Set.of(SOLUTION_PROVIDER, DISTRIBUTOR))).containsExactly(SOLUTION_PROVIDER, DISTRIBUTOR);
    }

    @Test
    void whatRule4DoesNotForbid() {
        assertThat(ProgramConflicts.conflicting(CLOUD_RESELLER, Set.of(), Set.of())).isEmpty();
        assertThat(ProgramConflicts.conflicting(SOLUTION_PROVIDER, Set.of(CLOUD_RESELLER), Set.of(CLOUD_RESELLER))).isEmpty();
        assertThat(ProgramConflicts.conflicting(DISTRIBUTOR, Set.of(SOLUTION_PROVIDER), Set.of(SOLUTION_PROVIDER))).isEmpty();
        assertThat(ProgramConflicts.conflicting(SOLUTION_PROVIDER, Set.of(DISTRIBUTOR), Set.of(DISTRIBUTOR))).isEmpty();
    }

    @Test
    void theCatalogue() {
        assertThat(SOLUTION_PROVIDER.tier()).isEqualTo(1);
        assertThat(DISTRIBUTOR.tier()).isEqualTo(1);
        assertThat(CLOUD_RESELLER.tier()).isEqualTo(2);
        assertThat(SOLUTION_PROVIDER.issuesCertificate()).isTrue();
        assertThat(DISTRIBUTOR.issuesCertificate()).isTrue();
        assertThat(CLOUD_RESELLER.issuesCertificate()).isFalse();
    }
}
