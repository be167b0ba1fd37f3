package com.acmecloud.partnercenter.billing.funds.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** The credit limit an operator granted a partner (its CREDIT account holds what is left of it). */
@Entity
@Table(name = "partner_credit_limit")
public class PartnerCreditLimit {

    @Id
    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "credit_limit", nullable = false, precision = 20, scale = 2)
    public BigDecimal creditLimit;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
