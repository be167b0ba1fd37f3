package com.acmecloud.partnercenter.customer.realname.rest;

import static com.acmecloud.partnercenter.platform.api.json.OptionalStrings.emptyToNull;

import com.acmecloud.partnercenter.customer.realname.domain.EnterpriseApplication;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Huawei's {@code ApplyEnterpriseRealnameAuthsReq} (POST) and {@code ChangeEnterpriseRealnameAuthsReq} (PUT, with
 * {@code change_type} 1). Empty optional strings count as absent.
 */
@Schema(name = "EnterpriseRealNameRequest")
public record EnterpriseRealNameRequest(
        @NotBlank @Size(max = 64) @Schema(description = "The partner's sub-customer") String customerId,
        @NotNull @Schema(description = "1: organisation certificate (the only type supported by API)", enumeration = {"1"})
        Integer identifyType,
        @NotNull @Schema(description = "0 business licence, 1 public institution, 2 social organisation, 3 administrative "
                + "law enforcement, 4 organisation code, 99 other", enumeration = {"0", "1", "2", "3", "4", "99"})
        Integer certificateType,
        @NotNull @Size(min = 1, max = 4)
        @Schema(description = "Paths relative to the download/ folder of the partner's OBS bucket, in this order: "
                + "licence, ID portrait side, ID emblem side; at most 4; jpg, jpeg, bmp, png, gif or pdf")
        List<String> verifiedFileUrl,
        @NotBlank @Size(max = 256) @Schema(description = "Company name") String corpName,
        @NotBlank @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9()-]+$", message = "must be letters, digits, '-', '(' or ')'")
        @Schema(description = "Certificate number; kept only as a keyed hash") String verifiedNumber,
        @Size(max = 8) @Schema(description = "ISO 3166-1 alpha-2 country of registration", examples = "CN") String regCountry,
        @Size(max = 256) @Schema(description = "Registered address") String regAddress,
        @Size(max = 64) @Schema(description = "The partner platform's id (access configuration)") String xaccountType,
        @Valid @Schema(description = "The legal person (Huawei's spelling: legel)") EnterprisePerson enterprisePerson,
        @Schema(description = "PUT: 1 (individual to enterprise, required); POST: absent or -1", enumeration = {"-1", "1"})
        Integer changeType) {

    @Schema(name = "EnterprisePerson")
    public record EnterprisePerson(
            @NotBlank @Size(max = 128) @Schema(description = "Legal person's name") String legelName,
            @NotBlank @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9()-]+$", message = "must be letters, digits, '-', '(' or ')'")
            @Schema(description = "Legal person's ID number; kept only as a keyed hash") String legelIdNumber,
            @Size(max = 32) @Schema(description = "legalPerson", enumeration = {"legalPerson"}) String certifierRole) {
    }

    EnterpriseApplication toApplication() {
        EnterprisePerson person = enterprisePerson;
        return new EnterpriseApplication(customerId, identifyType, certificateType, verifiedFileUrl, corpName,
                verifiedNumber, emptyToNull(regCountry), emptyToNull(regAddress), emptyToNull(xaccountType),
                person == null ? null : new EnterpriseApplication.LegalPerson(person.legelName(), person.legelIdNumber(),
                        emptyToNull(person.certifierRole())),
                changeType);
    }
}
