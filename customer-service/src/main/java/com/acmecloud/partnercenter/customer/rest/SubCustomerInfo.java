package com.acmecloud.partnercenter.customer.rest;

import com.acmecloud.partnercenter.customer.domain.SubCustomer;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Huawei's {@code CustomerInformation}. Fields this slice does not keep yet are null. */
@Schema(name = "SubCustomerInfo")
public record SubCustomerInfo(
        String customerId,
        @Schema(description = "Login name") String accountName,
        @Schema(description = "Verified real-name name (person or company); null until a real-name is approved")
        String customer,
        Instant associatedOn,
        @Schema(description = "1 referral, 2 resale") String associationType,
        String label,
        String telephone,
        String email,
        String countryCode,
        @Schema(description = "Real-name status: -1 none, 0 reviewing, 1 failed, 2 verified (rule 55)",
                enumeration = {"-1", "0", "1", "2"}) String verifiedStatus,
        @Schema(description = "-1 none, 0 individual, 1 enterprise (rule 55)", enumeration = {"-1", "0", "1"})
        String customerType,
        @Schema(description = "0 not frozen, 1 account frozen, 2 account and resources frozen") int isFrozen,
        List<AccountManager> accountManagers,
        String xaccountId,
        String xaccountType,
        String customerLevel) {

    public record AccountManager(String accountName) {
    }

    static SubCustomerInfo of(SubCustomer customer) {
        return new SubCustomerInfo(customer.customerId, customer.domainName, customer.verifiedName,
                customer.associatedOn, Integer.toString(customer.associationType), null, customer.mobilePhone, customer.email,
                null, Integer.toString(customer.verifiedStatus), Integer.toString(customer.customerType),
                customer.isFrozen,
                List.of(), customer.xaccountId, customer.xaccountType, null);
    }
}
