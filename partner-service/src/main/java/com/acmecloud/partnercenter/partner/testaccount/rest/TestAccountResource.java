package com.acmecloud.partnercenter.partner.testaccount.rest;

import com.acmecloud.partnercenter.partner.testaccount.service.TestAccountService;
import com.acmecloud.partnercenter.platform.security.identity.Caller;
import com.acmecloud.partnercenter.platform.security.identity.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v2/operations/partners/{partner_id}/test-account")
@Tag(name = "Test accounts (operators)", description = "Marking a partner a test account, or unmarking it")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TestAccountResource {

    private final TestAccountService testAccounts;
    private final Caller caller;

    TestAccountResource(TestAccountService testAccounts, Caller caller) {
        this.testAccounts = testAccounts;
        this.caller = caller;
    }

    @PUT
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Mark a partner a test account, or unmark it (operators)",
            description = "test_account true or false, with a reason; who and when are recorded. The flag shows as "
                    + "test_account in the partner read and is published as partner.test_account_changed.v1, from "
                    + "which customer-service refuses a test account the operations that bring real customers "
                    + "(CBC.99005035). Asking for what the partner already is changes nothing and publishes nothing.")
    @APIResponse(responseCode = "200", description = "Whether the partner is a test account, with the last change")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.0154,CBC.0151,CBC.91001001")
    public Uni<TestAccountResponse> change(@PathParam("partner_id") String partnerId,
                                           @Valid @NotNull ChangeTestAccountRequest request) {
        String operator = caller.name();
        return testAccounts.change(partnerId, request.testAccount(), request.reason(), operator)
                .map(TestAccountResponse::of);
    }
}
