package com.acmecloud.partnercenter.billing.coupons.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Rule 44: how many associations billing has seen for a customer (1: its present association is its first). */
@Entity
@Table(name = "coupon_customer_association")
public class CustomerAssociations {

    @Id
    @Column(name = "customer_id")
    public String customerId;

    @Column(name = "associations", nullable = false)
    public int associations;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
