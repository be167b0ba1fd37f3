package com.acmecloud.partnercenter.customer.associations.domain;

import com.acmecloud.partnercenter.customer.core.domain.SubCustomer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One change of a customer's association, append-only (never updated or deleted). */
@Entity
@Table(name = "association_history")
public class AssociationHistory {

    public enum Action { ASSOCIATED, TYPE_SWITCHED, DISASSOCIATED }

    public enum Initiator { PARTNER, CUSTOMER, OPERATOR, SYSTEM }

    @Id
    @Column(name = "history_id")
    public UUID historyId;

    @Column(name = "customer_id", nullable = false)
    public String customerId;

    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    @Column(name = "distributor_id")
    public String distributorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false)
    public Action action;

    /** The association type after the action; for {@link Action#DISASSOCIATED} the type that ended. */
    @Column(name = "association_type", nullable = false)
    public short associationType;

    @Column(name = "previous_type")
    public Short previousType;

    @Enumerated(EnumType.STRING)
    @Column(name = "initiated_by", nullable = false)
    public Initiator initiatedBy;

    /** Who did it: the partner user, the customer's subject, an operator, or the job's name. */
    @Column(name = "actor", nullable = false)
    public String actor;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** Assigned by the database in insertion order; orders changes made within the same second. */
    @Column(name = "sequence_no", insertable = false, updatable = false)
    public Long sequenceNo;

    /** The history row for a change just applied to {@code customer} ({@code partnerId} is the partner concerned). */
    public static AssociationHistory of(SubCustomer customer, String partnerId, Action action, Short previousType,
                                        Initiator initiator, String actor, Instant at) {
        AssociationHistory row = new AssociationHistory();
        row.historyId = UUID.randomUUID();
        row.customerId = customer.customerId;
        row.partnerId = partnerId;
        row.distributorId = customer.distributorId;
        row.action = action;
        row.associationType = action == Action.DISASSOCIATED ? previousType : customer.associationType;
        row.previousType = action == Action.ASSOCIATED ? null : previousType;
        row.initiatedBy = initiator;
        row.actor = actor;
        row.occurredAt = at;
        return row;
    }
}
