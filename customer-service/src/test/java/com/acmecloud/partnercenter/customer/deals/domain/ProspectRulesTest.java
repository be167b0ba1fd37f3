package com.acmecloud.partnercenter.customer.deals.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.customer.accountfacts.domain.AccountStanding;
import com.acmecloud.partnercenter.customer.core.domain.SubCustomer;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rules 10 and the exclusive rights of a registration as plain decisions; contact masking. */
class ProspectRulesTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final Duration SEVEN_DAYS = Duration.ofDays(7);

    @Test
    void anActiveHolderRefusesOthersButOneThatRanOutDoesNot() {
        DealRegistration held = registration("A", null, "0086-13800000000");
        assertThat(ProspectRules.refusalByHolders(List.of(held), "B", NOW))
                .contains(CbcError.PROSPECT_REGISTERED_BY_ANOTHER_PARTNER);
        assertThat(ProspectRules.refusalByHolders(List.of(held), "A", NOW))
                .contains(CbcError.DEAL_ALREADY_REGISTERED_BY_CALLER);
        assertThat(ProspectRules.refusalByHolders(List.of(held), "B", held.expiresAt)).isEmpty();
    }

    @Test
    void anOldAccountAssociatesOnlyWhenRegisteredById() {
        SubCustomer old = account("c1", "0086-13800000000", NOW.minus(Duration.ofDays(8)));
        assertThat(ProspectRules.refusalToAssociate(old, registration("A", "c1", null), NOW, SEVEN_DAYS, clear(old)))
                .isEmpty();
        assertThat(ProspectRules.refusalToAssociate(old, registration("A", null, "0086-13800000000"), NOW,
                SEVEN_DAYS, clear(old)))
                .contains(CbcError.CUSTOMER_REGISTERED_TOO_LONG_AGO);
        SubCustomer recent = account("c2", "0086-13800000001", NOW.minus(Duration.ofDays(6)));
        assertThat(ProspectRules.refusalToAssociate(recent, registration("A", null, "0086-13800000001"), NOW,
                SEVEN_DAYS, clear(recent))).isEmpty();
        assertThat(ProspectRules.refusalToAssociate(recent, registration("A", "c1", null), NOW, SEVEN_DAYS,
                clear(recent)))
                .contains(CbcError.INVITATION_FOR_ANOTHER_CUSTOMER);
    }

    @Test
    void anAssociatedAccountCannotAssociateAgain() {
        SubCustomer customer = account("c3", null, NOW);
        customer.associate("B", null, SubCustomer.RESALE, NOW);
        assertThat(ProspectRules.refusalToAssociate(customer, registration("A", "c3", null), NOW, SEVEN_DAYS,
                clear(customer))).contains(CbcError.PROSPECT_ASSOCIATED_WITH_ANOTHER_PARTNER);
        assertThat(ProspectRules.refusalToAssociate(customer, registration("B", "c3", null), NOW, SEVEN_DAYS,
                clear(customer))).contains(CbcError.PROSPECT_ALREADY_YOUR_CUSTOMER);
    }

    @Test
    void unpaidBillsRefuseAndCashSpendingNeedsARegistrationById() {
        SubCustomer recent = account("c4", "0086-13800000004", NOW.minus(Duration.ofDays(1)));
        AccountStanding owing = new AccountStanding("c4", Set.of("Z"), false);
        assertThat(ProspectRules.refusalToAssociate(recent, registration("A", "c4", null), NOW, SEVEN_DAYS, owing))
                .contains(CbcError.CUSTOMER_HAS_UNPAID_BILLS);
        AccountStanding spent = new AccountStanding("c4", Set.of(), true);
        assertThat(ProspectRules.refusalToAssociate(recent, registration("A", null, "0086-13800000004"), NOW,
                SEVEN_DAYS, spent)).contains(CbcError.CUSTOMER_REGISTERED_TOO_LONG_AGO);
        assertThat(ProspectRules.refusalToAssociate(recent, registration("A", "c4", null), NOW, SEVEN_DAYS, spent))
                .isEmpty();
    }

    @Test
    void arrearsBlockLeavingTheirPartnerAndDebtBlocksBecomingResale() {
        AccountStanding owing = new AccountStanding("c5", Set.of("A"), false);
        assertThat(owing.refusalToLeave("A")).contains(CbcError.CUSTOMER_IN_ARREARS);
        assertThat(owing.refusalToLeave("B")).isEmpty();
        assertThat(owing.refusalToBecomeResale()).contains(CbcError.CUSTOMER_HAS_INVOICE_DEBT);
        assertThat(AccountStanding.clear("c5").refusalToBecomeResale()).isEmpty();
    }

    private static AccountStanding clear(SubCustomer account) {
        return AccountStanding.clear(account.customerId);
    }

    @Test
    void contactsAreMasked() {
        assertThat(ProspectContacts.maskMobile("0086-13812341234")).isEqualTo("138****1234");
        assertThat(ProspectContacts.maskEmail("alice@example.com")).isEqualTo("a***@example.com");
        assertThat(ProspectContacts.email(" Li.Lei@Example.COM ")).contains("li.lei@example.com");
        assertThat(ProspectContacts.email("li lei@example.com")).isEmpty();
    }

    private static DealRegistration registration(String partner, String customerId, String mobile) {
        DealRegistration registration = new DealRegistration();
        registration.partnerId = partner;
        registration.customerId = customerId;
        registration.mobilePhone = mobile;
        registration.status = DealRegistration.Status.ACTIVE;
        registration.registeredAt = NOW.minus(Duration.ofDays(1));
        registration.expiresAt = NOW.plus(Duration.ofDays(89));
        return registration;
    }

    private static SubCustomer account(String id, String mobile, Instant createdAt) {
        SubCustomer customer = new SubCustomer();
        customer.customerId = id;
        customer.mobilePhone = mobile;
        customer.createdAt = createdAt;
        return customer;
    }
}
