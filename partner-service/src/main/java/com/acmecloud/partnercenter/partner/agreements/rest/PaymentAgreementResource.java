package com.acmecloud.partnercenter.partner.agreements.rest;

import com.acmecloud.partnercenter.partner.agreements.service.PaymentAgreementService;
import com.acmecloud.partnercenter.partner.core.rest.PdfAttachments;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.web.PathIds;
import com.acmecloud.partnercenter.platform.api.paging.PageRequest;
import com.acmecloud.partnercenter.platform.security.identity.Roles;
import com.acmecloud.partnercenter.platform.security.idempotency.IdempotentRequests;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v2/partners")
@Tag(name = "Payment agreement", description = "华为云付款协议: issued at once to real-name-verified partners (rule 6)")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentAgreementResource {

    private static final String PDF = PdfAttachments.PDF;

    private final PaymentAgreementService agreements;
    private final IdempotentRequests idempotency;

    PaymentAgreementResource(PaymentAgreementService agreements, IdempotentRequests idempotency) {
        this.agreements = agreements;
        this.idempotency = idempotency;
    }

    @POST
    @Path("/{partner_id}/payment-agreements")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Request the payment agreement",
            description = "Only a partner whose enterprise real-name authentication is approved may request it (rule 6); "
                    + "there is no approval, the PDF is downloadable at once. No request body. Publishes "
                    + "payment_agreement.issued.v1. Send an Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "201", description = "Issued")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0150,CBC.91001001,CBC.91004020,CBC.99007009")
    public Uni<Response> issue(
            @PathParam("partner_id") String partnerId,
            @Parameter(description = "Makes the POST safe to retry; the same key replays the first answer")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, partnerId, "POST /v2/partners/{partner_id}/payment-agreements",
                Map.of(), () -> agreements.issue(partnerId)
                        .map(issued -> Response.status(Response.Status.CREATED)
                                .entity(PaymentAgreementResponse.of(issued)).build()));
    }

    @GET
    @Path("/{partner_id}/payment-agreements")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "List the partner's payment agreements", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "One page with total_count")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0150,CBC.91001001")
    public Uni<PaymentAgreementListResponse> list(
            @PathParam("partner_id") String partnerId,
            @Parameter(description = "Item offset from 0") @QueryParam("offset") String offset,
            @Parameter(description = "1 to 100, default 10") @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.parse(offset, limit);
        return agreements.ofPartner(partnerId, page.offset(), page.limit())
                .map(found -> new PaymentAgreementListResponse(found.totalCount(),
                        found.items().stream().map(PaymentAgreementResponse::of).toList()));
    }

    @GET
    @Path("/{partner_id}/payment-agreements/{contract_id}/pdf")
    @Produces(PDF)
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "Download a payment agreement as PDF",
            description = "Content-Disposition attachment named <contract number>.pdf. Another partner's contract id is "
                    + "not found.")
    @APIResponse(responseCode = "200", description = "The contract PDF",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @Extension(name = "x-cbc-errors", value = "CBC.0150,CBC.91004021")
    public Uni<Response> pdf(@PathParam("partner_id") String partnerId, @PathParam("contract_id") String contractId) {
        UUID id = PathIds.uuid(contractId, CbcError.PAYMENT_AGREEMENT_NOT_FOUND);
        return agreements.document(partnerId, id)
                .map(document -> PdfAttachments.of(document.pdf(), document.contractNumber()));
    }
}
