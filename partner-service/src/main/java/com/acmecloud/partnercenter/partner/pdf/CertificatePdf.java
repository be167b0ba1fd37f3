package com.acmecloud.partnercenter.partner.pdf;

import com.acmecloud.partnercenter.partner.domain.ProgramCertificate;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The downloadable document of a program certificate: who, which program, which number, valid when. */
@ApplicationScoped
public class CertificatePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private final PdfDocumentWriter writer;

    CertificatePdf(PdfDocumentWriter writer) {
        this.writer = writer;
    }

    public byte[] render(ProgramCertificate certificate, String companyName) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Certificate number", certificate.certificateNumber);
        fields.put("Partner", companyName);
        fields.put("Program", certificate.program.displayName());
        fields.put("Valid from", DATE.format(certificate.validFrom) + " (UTC)");
        fields.put("Valid to", DATE.format(certificate.validTo) + " (UTC)");
        return writer.render(new PdfDocumentWriter.Content("Partner Program Certificate", fields, List.of(
                "This certifies that " + companyName + " has joined the " + certificate.program.displayName()
                        + " program of the Partner Network for the validity period above.",
                "Anyone can check that this certificate is genuine and valid by its number: GET "
                        + "/v2/partners/certificates/verification?certificate_number=" + certificate.certificateNumber)));
    }
}
