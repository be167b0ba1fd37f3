package com.acmecloud.partnercenter.customer.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.security.identity.Site;
import org.junit.jupiter.api.Test;

/** Rule 10 on each kind of deployment: a token without a site claim is of the deployment's site. */
class CustomerIdentitySiteTest {

    @Test
    void anIntlDeploymentServesIntlCustomersAndTokensWithoutASiteAndRefusesCnOnes() {
        CustomerIdentity intl = new CustomerIdentity(null, Site.INTL);
        assertThat(intl.requireThisSite(token(Site.INTL)).await().indefinitely()).isNull();
        assertThat(intl.requireThisSite(token(null)).await().indefinitely()).isNull();
        assertThatThrownBy(() -> intl.requireThisSite(token(Site.CN)).await().indefinitely())
                .isInstanceOfSatisfying(CbcException.class,
                        refused -> assertThat(refused.error()).isEqualTo(CbcError.CUSTOMER_OF_OTHER_SITE));
    }

    @Test
    void aCnDeploymentRefusesIntlCustomersBeforeReadingAnything() {
        // no repository: a refusal must not need one
        CustomerIdentity cn = new CustomerIdentity(null, Site.CN);
        assertThatThrownBy(() -> cn.requireAccountOfThisSiteForUpdate(token(Site.INTL)).await().indefinitely())
                .isInstanceOfSatisfying(CbcException.class,
                        refused -> assertThat(refused.error()).isEqualTo(CbcError.CUSTOMER_OF_OTHER_SITE));
        assertThat(cn.requireThisSite(token(Site.CN)).await().indefinitely()).isNull();
    }

    private static CustomerIdentity.Token token(Site site) {
        return new CustomerIdentity.Token("c-1", "subject-1", site);
    }
}
