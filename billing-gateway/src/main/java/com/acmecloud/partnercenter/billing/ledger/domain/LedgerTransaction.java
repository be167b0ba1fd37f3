package com.acmecloud.partnercenter.billing.ledger.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One immutable movement of money (append-only: the database refuses updates and deletes). */
@Entity
@Table(name = "ledger_transaction")
public class LedgerTransaction {

    @Id
    @Column(name = "trans_id")
    public String transId;

    @Enumerated(EnumType.STRING)
    @Column(name = "trade_type", nullable = false)
    public TradeType tradeType;

    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    @Column(name = "customer_id")
    public String customerId;

    @Column(name = "counterparty_id")
    public String counterpartyId;

    @Column(name = "amount", nullable = false, precision = 20, scale = 2)
    public BigDecimal amount;

    @Column(name = "actor", nullable = false)
    public String actor;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "memo")
    public String memo;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
