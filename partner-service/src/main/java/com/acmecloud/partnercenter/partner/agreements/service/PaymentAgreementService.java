package com.acmecloud.partnercenter.partner.agreements.service;

import com.acmecloud.partnercenter.partner.agreements.domain.PaymentAgreement;
import com.acmecloud.partnercenter.partner.agreements.events.PaymentAgreementEventPublisher;
import com.acmecloud.partnercenter.partner.agreements.repository.PaymentAgreementRepository;
import com.acmecloud.partnercenter.partner.core.domain.Partner;
import com.acmecloud.partnercenter.partner.core.pdf.PdfDocumentWriter;
import com.acmecloud.partnercenter.partner.core.repository.PartnerRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Huawei Cloud payment agreements (rule 6): a real-name-verified partner requests one, it is issued at once
 * (no approval) and its PDF can be downloaded immediately. Publishes {@code payment_agreement.issued.v1}.
 */
@ApplicationScoped
public class PaymentAgreementService {

    public record AgreementDocument(String contractNumber, byte[] pdf) {
    }

    static final String TITLE = "Huawei Cloud Payment Agreement";
    private static final DateTimeFormatter ISSUE_DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(PaymentAgreement.CONTRACT_ZONE);

    private final PartnerRepository partners;
    private final PaymentAgreementRepository agreements;
    private final PaymentAgreementEventPublisher events;
    private final PdfDocumentWriter pdfWriter;
    private final Vertx vertx;
    private final Clock clock;

    PaymentAgreementService(PartnerRepository partners, PaymentAgreementRepository agreements,
                            PaymentAgreementEventPublisher events, PdfDocumentWriter pdfWriter, Vertx vertx,
                            Clock clock) {
        this.partners = partners;
        this.agreements = agreements;
        this.events = events;
        this.pdfWriter = pdfWriter;
        this.vertx = vertx;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<PaymentAgreement> issue(String partnerId) {
        return partners.lock(partnerId)
                .onItem().ifNull().failWith(() -> new CbcException(CbcError.PARTNER_NOT_FOUND))
                .invoke(PaymentAgreementService::requireMayRequest)
                .chain(partner -> agreements.nextSerial().chain(serial -> {
                    PaymentAgreement agreement = new PaymentAgreement();
                    agreement.contractId = UUID.randomUUID();
                    agreement.partnerId = partnerId;
                    agreement.issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
                    agreement.contractNumber = PaymentAgreement.contractNumber(agreement.issuedAt, serial);
                    agreement.companyName = partner.companyName;
                    return agreements.persist(agreement);
                }))
                .call(events::paymentAgreementIssued);
    }

    @WithTransaction
    public Uni<Page<PaymentAgreement>> ofPartner(String partnerId, int offset, int limit) {
        return partners.findById(partnerId)
                .onItem().ifNull().failWith(() -> new CbcException(CbcError.PARTNER_NOT_FOUND))
                .chain(() -> agreements.countOfPartner(partnerId))
                .chain(total -> agreements.pageOfPartner(partnerId, offset, limit)
                        .map(items -> new Page<>(total, items)));
    }

    /**
     * The contract as a PDF; a contract id of another partner is "not found", never its document. The PDF is
     * rendered on a worker thread after the read's transaction ended.
     */
    public Uni<AgreementDocument> document(String partnerId, UUID contractId) {
        return Panache.withTransaction(() -> agreements.ofPartner(partnerId, contractId))
                .onItem().ifNull().failWith(() -> new CbcException(CbcError.PAYMENT_AGREEMENT_NOT_FOUND))
                .chain(agreement -> render(agreement).map(pdf -> new AgreementDocument(agreement.contractNumber, pdf)));
    }

    /** OpenPDF is CPU work: off the event loop. */
    private Uni<byte[]> render(PaymentAgreement agreement) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> pdfWriter.render(content(agreement))));
    }

    /** Rule 6: only a partner whose enterprise real-name authentication is approved. */
    private static void requireMayRequest(Partner partner) {
        if (!PaymentAgreement.mayBeRequestedBy(partner)) {
            throw new CbcException(CbcError.PAYMENT_AGREEMENT_REAL_NAME_REQUIRED,
                    "Enterprise real-name authentication is not approved (status " + partner.realNameStatus
                            + "); only a real-name-verified partner can request the payment agreement.",
                    List.of(ErrorDetail.of("real_name_status", CbcError.PAYMENT_AGREEMENT_REAL_NAME_REQUIRED,
                            "enterprise real-name authentication must be APPROVED, is " + partner.realNameStatus)));
        }
    }

    static PdfDocumentWriter.Content content(PaymentAgreement agreement) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Contract number", agreement.contractNumber);
        fields.put("Partner", agreement.companyName);
        fields.put("Partner ID", agreement.partnerId);
        fields.put("Issue date", ISSUE_DATE.format(agreement.issuedAt));
        return new PdfDocumentWriter.Content(TITLE, fields, List.of(
                "This agreement is made between Huawei Cloud Computing Technologies Co., Ltd. (\"Huawei Cloud\") and "
                        + "the partner named above, whose enterprise real-name authentication Huawei Cloud has verified.",
                "The partner may pay for Huawei Cloud services on behalf of its associated customers. Payments are "
                        + "made in CNY from the partner's Huawei Cloud account; amounts paid on a customer's behalf "
                        + "are not refundable to the partner except as the Huawei Cloud refund rules provide.",
                "The agreement takes effect on the issue date and remains in force until either party terminates "
                        + "it in writing. Issued electronically by the Partner Center; no signature is required."));
    }
}
