package com.acmecloud.partnercenter.customer.deals.rest;

import static com.acmecloud.partnercenter.platform.api.json.OptionalStrings.blankToNull;

import com.acmecloud.partnercenter.customer.core.domain.CustomerAccountRules;
import com.acmecloud.partnercenter.customer.deals.domain.ProspectContacts;
import com.acmecloud.partnercenter.customer.deals.service.DealRegistrationService.NewRegistration;
import com.acmecloud.partnercenter.customer.deals.service.DealRegistrationService.Prospect;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Registers a prospect: an existing account by customer_id, or a person without one by mobile_phone and/or email. */
@Schema(name = "RegisterDealRequest")
public record RegisterDealRequest(
        @Size(max = 64) @Schema(description = "An existing customer account (not with mobile_phone / email)")
        String customerId,
        @Size(max = 32) @Schema(description = "A person without an account: China mobile, 0086-1xxxxxxxxxx or 1xxxxxxxxxx",
                examples = "0086-13800000000")
        String mobilePhone,
        @Size(max = 254) @Schema(description = "A person without an account: e-mail (any case)", examples = "li@example.com")
        String email,
        @Size(max = 128) @Schema(description = "The prospect's company, shown in the public pool if it is released")
        String companyName,
        @Size(max = 512) String remark,
        @Size(max = 64) @Schema(description = "A distributor registers for this linked cloud reseller (rule 23)")
        String indirectPartnerId) {

    /** @throws CbcException CBC.0101 unless exactly one kind of prospect is named; CBC.5017 / CBC.0100 on formats */
    NewRegistration toNewRegistration() {
        String customer = blankToNull(customerId);
        String mobile = blankToNull(mobilePhone);
        String mail = blankToNull(email);
        if ((customer == null) == (mobile == null && mail == null)) {
            throw new CbcException(CbcError.INVALID_PARAMETER, CbcError.INVALID_PARAMETER.message(),
                    List.of(ErrorDetail.of("customer_id", CbcError.INVALID_PARAMETER,
                            "give either customer_id (an account) or mobile_phone and/or email (no account)")));
        }
        if (mobile != null) {
            mobile = CustomerAccountRules.chinaMobile(mobile)
                    .orElseThrow(() -> new CbcException(CbcError.CUSTOMER_MOBILE_INVALID));
        }
        if (mail != null) {
            mail = ProspectContacts.email(mail).orElseThrow(() -> new CbcException(CbcError.PARAMETER_ERROR,
                    CbcError.PARAMETER_ERROR.message(),
                    List.of(ErrorDetail.of("email", CbcError.PARAMETER_ERROR, "must be an e-mail address"))));
        }
        return new NewRegistration(new Prospect(customer, mobile, mail), blankToNull(companyName), blankToNull(remark),
                blankToNull(indirectPartnerId));
    }

}
