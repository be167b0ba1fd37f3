package com.acmecloud.partnercenter.billing.funds.repository;

import com.acmecloud.partnercenter.billing.funds.domain.PartnerCreditLimit;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

@ApplicationScoped
public class PartnerCreditLimitRepository implements PanacheRepositoryBase<PartnerCreditLimit, String> {

    /** The partner's limit row (0 when none was set), locked until the transaction ends. */
    public Uni<PartnerCreditLimit> forUpdate(String partnerId, Instant now) {
        return getSession()
                .chain(session -> session.createNativeQuery("""
                                INSERT INTO partner_credit_limit (partner_id, credit_limit, updated_at)
                                VALUES (:id, 0, :now) ON CONFLICT (partner_id) DO NOTHING""")
                        .setParameter("id", partnerId)
                        .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                        .executeUpdate())
                .chain(() -> findById(partnerId, LockModeType.PESSIMISTIC_WRITE));
    }

    public Uni<BigDecimal> limitOf(String partnerId) {
        return findById(partnerId).map(row -> row == null ? BigDecimal.ZERO.setScale(2) : row.creditLimit);
    }
}
