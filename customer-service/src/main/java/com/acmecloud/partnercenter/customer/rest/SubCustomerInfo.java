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
        @Schema(description = "Real-name name; null until real-name is supported") String customer,
        Instant associatedOn,
        @Schema(description = "1 referral, 2 resale") String associationType,
        String label,
        String telephone,
        String email,
        String countryCode,
        String verifiedStatus,
        String customerType,
        @Schema(description = "0 not frozen, 1 account frozen, 2 account and resources frozen") int isFrozen,
        List<AccountManager> accountManagers,
        String xaccountId,
        String xaccountType,
        String customerLevel) {

    public record AccountManager(String accountName) {
    }

    static SubCustomerInfo of(SubCustomer customer) {
        return new SubCustomerInfo(customer.customerId, customer.domainName, null, customer.associatedOn,
                Integer.toString(customer.associationType), null, customer.mobilePhone, null, null, null, null, customer.isFrozen,
                List.of(), customer.xaccountId, customer.xaccountType, null);
    }
}
