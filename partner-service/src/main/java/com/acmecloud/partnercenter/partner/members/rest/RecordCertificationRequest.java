package com.acmecloud.partnercenter.partner.members.rest;

import com.acmecloud.partnercenter.partner.members.domain.CertificationLevel;
import com.acmecloud.partnercenter.partner.members.service.PersonalCertificationService.Recording;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecordCertificationRequest", description = "A personal HCIA/HCIP/HCIE certification of the caller.")
public record RecordCertificationRequest(
        @NotNull
        @Schema(examples = "HCIP")
        CertificationLevel level,

        @NotBlank @Size(max = 64)
        @Schema(description = "Certification track", examples = "Cloud Service", maxLength = 64)
        String track,

        @NotBlank @Pattern(regexp = "^[A-Za-z0-9-]{4,64}$", message = "must be 4 to 64 letters, digits or '-'")
        @Schema(description = "Certificate number; unique (stored in upper case)", examples = "HCIP-CS-2024-000123")
        String certificateNumber,

        @NotNull
        @Schema(description = "Start of validity (UTC); not in the future", examples = "2024-03-01T00:00:00Z")
        Instant validFrom,

        @NotNull
        @Schema(description = "End of validity (UTC); after valid_from", examples = "2027-03-01T00:00:00Z")
        Instant validTo) {

    Recording toRecording() {
        return new Recording(level, track, certificateNumber, validFrom, validTo);
    }
}
