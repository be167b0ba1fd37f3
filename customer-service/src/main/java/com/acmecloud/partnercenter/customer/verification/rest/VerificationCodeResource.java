package com.acmecloud.partnercenter.customer.verification.rest;

import com.acmecloud.partnercenter.customer.core.domain.CustomerAccountRules;
import com.acmecloud.partnercenter.customer.core.service.SubCustomerOwnership;
import com.acmecloud.partnercenter.customer.verification.service.VerificationCodeService;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import com.acmecloud.partnercenter.platform.security.identity.Caller;
import com.acmecloud.partnercenter.platform.security.identity.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v2/bases/verificationcode/send")
@Tag(name = "Verification codes", description = "SMS verification codes for customer registration and bank-card real-name")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VerificationCodeResource {

    private final VerificationCodeService codes;
    private final SubCustomerOwnership ownership;
    private final Caller caller;

    VerificationCodeResource(VerificationCodeService codes, SubCustomerOwnership ownership, Caller caller) {
        this.codes = codes;
        this.ownership = ownership;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Send an SMS verification code (Huawei SendVerificationCode)",
            description = "Only China mobile numbers (0086-1xxxxxxxxxx). The code is valid for timeout minutes "
                    + "(default 10; over 60 is forced to 5), is blocked after more than 3 failed checks, and a number "
                    + "gets at most 15 codes per hour and 60 per day (rule 21). Only the newest code of a number counts. "
                    + "Scene 29 (default) is for registering a customer; scene 18 is for the bank-card real-name of "
                    + "customer_id, which must be the caller's sub-customer (CBC.99000035 otherwise).")
    @APIResponse(responseCode = "204", description = "Sent")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.0154,CBC.0151,CBC.91001003,CBC.5001,CBC.5017,CBC.99004015,CBC.99000035,CBC.91005005")
    public Uni<Void> send(@Valid @NotNull SendVerificationCodeRequest request) {
        String partnerId = caller.requirePartnerId();
        short scene = request.sceneOrDefault();
        Uni<String> customerId = Uni.createFrom().nullItem();
        if (scene == VerificationCodeService.SCENE_BANK_CARD_REAL_NAME) {
            if (request.customerId() == null || request.customerId().isEmpty()) {
                throw new CbcException(CbcError.INVALID_PARAMETER, CbcError.INVALID_PARAMETER.message(),
                        List.of(ErrorDetail.of("customer_id", CbcError.INVALID_PARAMETER, "is required for scene 18")));
            }
            customerId = ownership.requireOwn(partnerId, request.customerId()).map(customer -> customer.customerId);
        }
        return customerId.chain(forCustomer -> {
            String mobile = CustomerAccountRules.chinaMobile(request.mobilePhone())
                    .orElseThrow(() -> new CbcException(CbcError.CUSTOMER_MOBILE_INVALID));
            return codes.send(mobile, request.timeout(), scene, forCustomer, request.lang(), partnerId);
        });
    }
}
