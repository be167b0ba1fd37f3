package com.acmecloud.partnercenter.partner.repository;

import com.acmecloud.partnercenter.partner.domain.PaymentAgreement;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PaymentAgreementRepository implements PanacheRepositoryBase<PaymentAgreement, UUID> {

    /** A contract by its id, only if it belongs to this partner: another partner's contract is "not found". */
    public Optional<PaymentAgreement> ofPartner(String partnerId, UUID contractId) {
        return find("partnerId = ?1 and contractId = ?2", partnerId, contractId).firstResultOptional();
    }

    public long countOfPartner(String partnerId) {
        return count("partnerId", partnerId);
    }

    /** Newest first. */
    public List<PaymentAgreement> pageOfPartner(String partnerId, int offset, int limit) {
        return find("partnerId", Sort.descending("issuedAt").and("contractNumber", Sort.Direction.Descending), partnerId)
                .range(offset, offset + limit - 1).list();
    }

    public long nextSerial() {
        return ((Number) getEntityManager().createNativeQuery("SELECT nextval('payment_agreement_number_seq')")
                .getSingleResult()).longValue();
    }
}
