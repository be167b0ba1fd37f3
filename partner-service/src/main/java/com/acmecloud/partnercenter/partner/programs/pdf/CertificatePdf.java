package com.acmecloud.partnercenter.partner.programs.pdf;

import com.acmecloud.partnercenter.partner.core.pdf.PdfDocumentWriter;
import com.acmecloud.partnercenter.partner.programs.domain.ProgramCertificate;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
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
    private final Vertx vertx;

    CertificatePdf(PdfDocumentWriter writer, Vertx vertx) {
        this.writer = writer;
        this.vertx = vertx;
    }

    /** Rendered on a worker thread: OpenPDF is CPU work that must not hold up an event loop. */
    public Uni<byte[]> render(ProgramCertificate certificate, String companyName) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> renderNow(certificate, companyName)));
    }

    private byte[] renderNow(ProgramCertificate certificate, String companyName) {
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
