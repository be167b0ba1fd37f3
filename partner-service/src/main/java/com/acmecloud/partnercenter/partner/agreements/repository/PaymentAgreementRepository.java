package com.acmecloud.partnercenter.partner.agreements.repository;

import com.acmecloud.partnercenter.partner.agreements.domain.PaymentAgreement;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PaymentAgreementRepository implements PanacheRepositoryBase<PaymentAgreement, UUID> {

    /**
     * A contract by its id, only if it belongs to this partner (else null): another partner's contract is
     * "not found".
     */
    public Uni<PaymentAgreement> ofPartner(String partnerId, UUID contractId) {
        return find("partnerId = ?1 and contractId = ?2", partnerId, contractId).firstResult();
    }

    public Uni<Long> countOfPartner(String partnerId) {
        return count("partnerId", partnerId);
    }

    /** Newest first. */
    public Uni<List<PaymentAgreement>> pageOfPartner(String partnerId, int offset, int limit) {
        return find("partnerId", Sort.descending("issuedAt").and("contractNumber", Sort.Direction.Descending), partnerId)
                .range(offset, offset + limit - 1).list();
    }

    public Uni<Long> nextSerial() {
        return getSession()
                .chain(session -> session.createNativeQuery("SELECT nextval('payment_agreement_number_seq')")
                        .getSingleResult())
                .map(serial -> ((Number) serial).longValue());
    }
}
