package com.acmecloud.partnercenter.partner.programs.rest;

import com.acmecloud.partnercenter.partner.core.rest.PdfAttachments;
import com.acmecloud.partnercenter.partner.programs.domain.CertificateStatus;
import com.acmecloud.partnercenter.partner.programs.pdf.CertificatePdf;
import com.acmecloud.partnercenter.partner.programs.service.CertificateService;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.web.PathIds;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import com.acmecloud.partnercenter.platform.security.identity.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v2/partners")
@Tag(name = "Program certificates", description = "Certificates of joined programs: read, download as PDF, verify")
@Produces(MediaType.APPLICATION_JSON)
public class CertificateResource {

    private static final String PDF = PdfAttachments.PDF;
    private static final int MAX_NUMBER_LENGTH = 40;

    private final CertificateService certificates;
    private final CertificatePdf pdf;

    CertificateResource(CertificateService certificates, CertificatePdf pdf) {
        this.certificates = certificates;
        this.pdf = pdf;
    }

    @GET
    @Path("/{partner_id}/certificates")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "List the partner's program certificates",
            description = "One per joined program that issues a certificate (rule 2), oldest first, each with its "
                    + "validity and a status derived from the clock.")
    @APIResponse(responseCode = "200", description = "The partner's certificates")
    @Extension(name = "x-cbc-errors", value = "CBC.0150,CBC.91001001")
    public Uni<CertificateListResponse> list(@PathParam("partner_id") String partnerId) {
        return certificates.ofPartner(partnerId).map(views -> {
            List<CertificateResponse> list = views.stream().map(CertificateResponse::of).toList();
            return new CertificateListResponse(list.size(), list);
        });
    }

    @GET
    @Path("/{partner_id}/certificates/{certificate_id}")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "Read a program certificate")
    @APIResponse(responseCode = "200", description = "The certificate")
    @Extension(name = "x-cbc-errors", value = "CBC.0150,CBC.91001001,CBC.91002006")
    public Uni<CertificateResponse> get(@PathParam("partner_id") String partnerId,
                                        @PathParam("certificate_id") String certificateId) {
        UUID id = PathIds.uuid(certificateId, CbcError.CERTIFICATE_NOT_FOUND);
        return certificates.get(partnerId, id).map(CertificateResponse::of);
    }

    @GET
    @Path("/{partner_id}/certificates/{certificate_id}/pdf")
    @Produces(PDF)
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "Download a program certificate as PDF",
            description = "The document names the partner company, the program, the certificate number and the "
                    + "validity period. Sent as an attachment named <certificate number>.pdf. Errors are JSON.")
    @APIResponse(responseCode = "200", description = "The certificate document",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @Extension(name = "x-cbc-errors", value = "CBC.0150,CBC.91001001,CBC.91002006")
    public Uni<Response> pdf(@PathParam("partner_id") String partnerId,
                             @PathParam("certificate_id") String certificateId) {
        UUID id = PathIds.uuid(certificateId, CbcError.CERTIFICATE_NOT_FOUND);
        return certificates.get(partnerId, id).chain(view -> pdf.render(view.certificate(), view.companyName())
                .map(document -> PdfAttachments.of(document, view.certificate().certificateNumber)));
    }

    @GET
    @Path("/certificates/verification")
    @PermitAll
    @Operation(summary = "Verify a certificate number (public, no token)",
            description = "Answers only whether a certificate with this number was issued (genuine) and whether it "
                    + "is valid now (neither expired nor revoked) — nothing about the partner.")
    @APIResponse(responseCode = "200", description = "The verdict")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101")
    public Uni<CertificateVerificationResponse> verify(
            @Parameter(description = "As printed on the certificate", example = "HCPN-SP-2026-000123")
            @QueryParam("certificate_number") String certificateNumber) {
        String number = normalise(certificateNumber);
        return certificates.verify(number).map(status -> new CertificateVerificationResponse(number,
                status.isPresent(), status.map(CertificateStatus::valid).orElse(false)));
    }

    private static String normalise(String certificateNumber) {
        if (certificateNumber == null || certificateNumber.isBlank()) {
            throw new CbcException(CbcError.INVALID_PARAMETER, CbcError.INVALID_PARAMETER.message(),
                    List.of(ErrorDetail.of("certificate_number", CbcError.INVALID_PARAMETER, "is required")));
        }
        String number = certificateNumber.trim().toUpperCase(Locale.ROOT);
        if (number.length() > MAX_NUMBER_LENGTH) {
            throw new CbcException(CbcError.PARAMETER_ERROR, CbcError.PARAMETER_ERROR.message(), List.of(
                    ErrorDetail.of("certificate_number", CbcError.PARAMETER_ERROR,
                            "must be at most " + MAX_NUMBER_LENGTH + " characters")));
        }
        return number;
    }
}
