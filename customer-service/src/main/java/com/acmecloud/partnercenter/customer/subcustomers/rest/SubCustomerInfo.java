package com.acmecloud.partnercenter.customer.subcustomers.rest;

import com.acmecloud.partnercenter.customer.core.domain.SubCustomer;
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
        @Schema(description = "The partner's label for the customer, null when none") String label,
        String telephone,
        String email,
        @Schema(description = "Country code of telephone, e.g. 0086; null without a telephone") String countryCode,
        @Schema(description = "Real-name status: -1 none, 0 reviewing, 1 failed, 2 verified (rule 55)",
                enumeration = {"-1", "0", "1", "2"}) String verifiedStatus,
        @Schema(description = "-1 none, 0 individual, 1 enterprise (rule 55)", enumeration = {"-1", "0", "1"})
        Integer customerType,
        @Schema(description = "0 not frozen, 1 account frozen, 2 account and resources frozen") int isFrozen,
        List<AccountManager> accountManagers,
        String xaccountId,
        String xaccountType,
        String customerLevel) {

    public record AccountManager(String accountName) {
    }

    static SubCustomerInfo of(SubCustomer customer) {
        return new SubCustomerInfo(customer.customerId, customer.domainName, customer.verifiedName,
                customer.associatedOn, Integer.toString(customer.associationType), customer.label, customer.mobilePhone,
                customer.email, countryCodeOf(customer.mobilePhone), Integer.toString(customer.verifiedStatus),
                (int) customer.customerType, customer.isFrozen,
                List.of(), customer.xaccountId, customer.xaccountType, null);
    }

    /** Mobiles are stored as 0086-1xxxxxxxxxx: the country code is the part before the dash. */
    private static String countryCodeOf(String mobilePhone) {
        if (mobilePhone == null || mobilePhone.indexOf('-') < 0) {
            return null;
        }
        return mobilePhone.substring(0, mobilePhone.indexOf('-'));
    }
}
