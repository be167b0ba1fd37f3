package com.acmecloud.partnercenter.customer.subcustomers.domain;

import com.acmecloud.partnercenter.customer.core.domain.FreezeType;
import com.acmecloud.partnercenter.customer.core.domain.SubCustomer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One freeze or unfreeze of a customer by its partner, append-only (never updated or deleted). */
@Entity
@Table(name = "freeze_record")
public class FreezeRecord {

    public enum Action { FREEZE, UNFREEZE }

    @Id
    @Column(name = "record_id")
    public UUID recordId;

    @Column(name = "customer_id", nullable = false)
    public String customerId;

    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false)
    public Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "freeze_type", nullable = false)
    public FreezeType freezeType;

    @Column(name = "reason", nullable = false)
    public String reason;

    @Column(name = "actor", nullable = false)
    public String actor;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    public static FreezeRecord of(SubCustomer customer, Action action, FreezeType type, String reason, String actor,
                                  Instant at) {
        FreezeRecord record = new FreezeRecord();
        record.recordId = UUID.randomUUID();
        record.customerId = customer.customerId;
        record.partnerId = customer.partnerId;
        record.action = action;
        record.freezeType = type;
        record.reason = reason;
        record.actor = actor;
        record.occurredAt = at;
        return record;
    }
}
