package com.acmecloud.partnercenter.billing.ledger.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One account of the ledger. Its balance changes only through {@code Ledger.post}, in the same transaction as the
 * entries that explain it (view {@code ledger_balance_mismatch} proves it).
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @Column(name = "account_id")
    public Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_type", nullable = false)
    public OwnerType ownerType;

    @Column(name = "owner_id", nullable = false)
    public String ownerId;

    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public AccountKind kind;

    @Column(name = "balance", nullable = false, precision = 20, scale = 2)
    public BigDecimal balance;

    @Column(name = "currency", nullable = false)
    public String currency;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public AccountRef ref() {
        return new AccountRef(ownerType, ownerId, partnerId, kind);
    }
}
