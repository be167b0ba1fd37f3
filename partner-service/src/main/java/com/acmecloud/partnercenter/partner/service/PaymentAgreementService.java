package com.acmecloud.partnercenter.partner.service;

import com.acmecloud.partnercenter.partner.domain.Partner;
import com.acmecloud.partnercenter.partner.domain.PaymentAgreement;
import com.acmecloud.partnercenter.partner.events.AccessBusinessEventPublisher;
import com.acmecloud.partnercenter.partner.pdf.PdfDocumentWriter;
import com.acmecloud.partnercenter.partner.repository.PartnerRepository;
import com.acmecloud.partnercenter.partner.repository.PaymentAgreementRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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
    private final AccessBusinessEventPublisher events;
    private final PdfDocumentWriter pdfWriter;
    private final Clock clock;

    PaymentAgreementService(PartnerRepository partners, PaymentAgreementRepository agreements,
                            AccessBusinessEventPublisher events, PdfDocumentWriter pdfWriter, Clock clock) {
        this.partners = partners;
        this.agreements = agreements;
        this.events = events;
        this.pdfWriter = pdfWriter;
        this.clock = clock;
    }

    @Transactional
    public PaymentAgreement issue(String partnerId) {
        Partner partner = partners.lock(partnerId).orElseThrow(() -> new CbcException(CbcError.PARTNER_NOT_FOUND));
        if (!PaymentAgreement.mayBeRequestedBy(partner)) {
            throw new CbcException(CbcError.PAYMENT_AGREEMENT_REAL_NAME_REQUIRED,
                    "Enterprise real-name authentication is not approved (status " + partner.realNameStatus
                            + "); only a real-name-verified partner can request the payment agreement.",
                    List.of(ErrorDetail.of("real_name_status", CbcError.PAYMENT_AGREEMENT_REAL_NAME_REQUIRED,
                            "enterprise real-name authentication must be APPROVED, is " + partner.realNameStatus)));
        }
        PaymentAgreement agreement = new PaymentAgreement();
        agreement.contractId = UUID.randomUUID();
        agreement.partnerId = partnerId;
        agreement.issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        agreement.contractNumber = PaymentAgreement.contractNumber(agreement.issuedAt, agreements.nextSerial());
        agreement.companyName = partner.companyName;
        agreements.persist(agreement);
        events.paymentAgreementIssued(agreement);
        return agreement;
    }

    @Transactional
    public Page<PaymentAgreement> ofPartner(String partnerId, int offset, int limit) {
        if (partners.findByIdOptional(partnerId).isEmpty()) {
            throw new CbcException(CbcError.PARTNER_NOT_FOUND);
        }
        return new Page<>(agreements.countOfPartner(partnerId), agreements.pageOfPartner(partnerId, offset, limit));
    }

    /** The contract as a PDF; a contract id of another partner is "not found", never its document. */
    @Transactional
    public AgreementDocument document(String partnerId, UUID contractId) {
        PaymentAgreement agreement = agreements.ofPartner(partnerId, contractId)
                .orElseThrow(() -> new CbcException(CbcError.PAYMENT_AGREEMENT_NOT_FOUND));
        return new AgreementDocument(agreement.contractNumber, pdfWriter.render(content(agreement)));
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
