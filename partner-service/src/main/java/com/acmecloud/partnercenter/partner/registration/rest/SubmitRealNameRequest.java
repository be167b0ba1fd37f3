package com.acmecloud.partnercenter.partner.registration.rest;

import com.acmecloud.partnercenter.partner.registration.service.RealNameService.Submission;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubmitRealNameRequest", description = "Enterprise real-name authentication of the partner company.")
public record SubmitRealNameRequest(
        @NotBlank @Pattern(regexp = "^[0-9A-Z]{8,32}$", message = "must be 8 to 32 upper-case letters or digits")
        @Schema(description = "Business licence (unified social credit code)", examples = "91440300MA5F00000X")
        String licenceNumber,

        @NotBlank @Size(max = 100)
        @Schema(examples = "Zhang San")
        String legalPersonName,

        @NotEmpty @Size(max = 4)
        @Schema(description = "References of the uploaded licence and ID images (at most 4; jpg, jpeg, png, bmp, gif or pdf)",
                examples = "[\"realname/licence.jpg\", \"realname/id-front.jpg\"]")
        List<@NotNull @Size(max = 256) @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._/-]*\\.(?i)(jpg|jpeg|png|bmp|gif|pdf)$",
                message = "must be a relative file path ending in jpg, jpeg, png, bmp, gif or pdf") String> attachmentRefs) {

    Submission toSubmission() {
        return new Submission(licenceNumber, legalPersonName, attachmentRefs);
    }
}
