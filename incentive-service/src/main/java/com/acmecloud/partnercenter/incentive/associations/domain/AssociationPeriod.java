package com.acmecloud.partnercenter.incentive.associations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One slice of a customer's association history, from {@code customer.events}: the customer was associated with
 * {@code partnerId} in {@code associationType} (1 referral, 2 resale) from {@code validFrom} (inclusive) until
 * {@code validTo} (exclusive; null while it lasts). A switch of mode ends one slice and starts the next; rule 56
 * attributes spending to the slice that covers its consume time.
 */
@Entity
@Table(name = "association_period")
public class AssociationPeriod {

    public static final int REFERRAL = 1;
    public static final int RESALE = 2;

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "customer_id", nullable = false)
    public String customerId;

    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    @Column(name = "distributor_id")
    public String distributorId;

    @Column(name = "association_type", nullable = false)
    public int associationType;

    @Column(name = "valid_from", nullable = false)
    public Instant validFrom;

    @Column(name = "valid_to")
    public Instant validTo;

    /** The customer.events event that started the slice. */
    @Column(name = "opened_by_event", nullable = false)
    public UUID openedByEvent;

    public static AssociationPeriod open(String customerId, String partnerId, String distributorId,
                                         int associationType, Instant from, Instant to, UUID eventId) {
        AssociationPeriod period = new AssociationPeriod();
        period.id = UUID.randomUUID();
        period.customerId = customerId;
        period.partnerId = partnerId;
        period.distributorId = distributorId;
        period.associationType = associationType;
        period.validFrom = from;
        period.validTo = to;
        period.openedByEvent = eventId;
        return period;
    }

    /** Whether the slice covers the instant (an empty slice covers nothing). */
    public boolean covers(Instant instant) {
        return !instant.isBefore(validFrom) && (validTo == null || instant.isBefore(validTo));
    }

    /** Ends the slice at {@code at} unless it already ended earlier. */
    public void endAt(Instant at) {
        Instant end = at.isBefore(validFrom) ? validFrom : at;
        if (validTo == null || end.isBefore(validTo)) {
            validTo = end;
        }
    }
}
