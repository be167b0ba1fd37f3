package com.acmecloud.partnercenter.partner.business.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A partner's business information (商业信息认证, rule 60): the verified version in force and at most one pending
 * change on top of it. Payouts are blocked while nothing is verified or while a change is pending.
 */
@Entity
@Table(name = "business_information")
public class BusinessInformation {

    /** Why payouts are blocked. */
    public enum PayoutBlock { NOT_VERIFIED, CHANGE_PENDING }

    @Id
    @Column(name = "partner_id")
    public String partnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BusinessInformationStatus status;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "contractingEntity", column = @Column(name = "verified_contracting_entity")),
            @AttributeOverride(name = "bankName", column = @Column(name = "verified_bank_name")),
            @AttributeOverride(name = "bankAccountNumber", column = @Column(name = "verified_bank_account_number")),
            @AttributeOverride(name = "accountHolderName", column = @Column(name = "verified_account_holder_name")),
            @AttributeOverride(name = "taxRate", column = @Column(name = "verified_tax_rate", precision = 5, scale = 4))})
    public BusinessDetails verified;

    @Column(name = "verified_at")
    public Instant verifiedAt;

    @Column(name = "verified_by")
    public String verifiedBy;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "contractingEntity", column = @Column(name = "pending_contracting_entity")),
            @AttributeOverride(name = "bankName", column = @Column(name = "pending_bank_name")),
            @AttributeOverride(name = "bankAccountNumber", column = @Column(name = "pending_bank_account_number")),
            @AttributeOverride(name = "accountHolderName", column = @Column(name = "pending_account_holder_name")),
            @AttributeOverride(name = "taxRate", column = @Column(name = "pending_tax_rate", precision = 5, scale = 4))})
    public BusinessDetails pending;

    @Column(name = "pending_submitted_at")
    public Instant pendingSubmittedAt;

    @Column(name = "last_opinion")
    public String lastOpinion;

    @Column(name = "last_reviewed_at")
    public Instant lastReviewedAt;

    @Column(name = "last_reviewed_by")
    public String lastReviewedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** A partner that never submitted anything: status NONE, payouts blocked. */
    public static BusinessInformation none(String partnerId) {
        BusinessInformation information = new BusinessInformation();
        information.partnerId = partnerId;
        information.status = BusinessInformationStatus.NONE;
        return information;
    }

    public boolean hasPendingChange() {
        return pending != null;
    }

    /** Rule 60: no payout before verification, and none while a change waits for verification. */
    public boolean payoutBlocked() {
        return payoutBlock() != null;
    }

    /** The reason payouts are blocked, or null when they are not. */
    public PayoutBlock payoutBlock() {
        if (verified == null) {
            return PayoutBlock.NOT_VERIFIED;
        }
        return pending != null ? PayoutBlock.CHANGE_PENDING : null;
    }

    /** Puts a change on top of the verified version (which stays in force until the change is approved). */
    public void submit(BusinessDetails details, Instant at) {
        if (hasPendingChange()) {
            throw new IllegalStateException("a change is already pending");
        }
        pending = details;
        pendingSubmittedAt = at;
        status = BusinessInformationStatus.PENDING;
        updatedAt = at;
    }

    /** The pending change becomes the verified version in force. */
    public void approve(String operator, String opinion, Instant at) {
        requirePending();
        verified = pending;
        verifiedAt = at;
        verifiedBy = operator;
        reviewed(BusinessInformationStatus.VERIFIED, operator, opinion, at);
    }

    /** The pending change is dropped; an earlier verified version stays in force. */
    public void reject(String operator, String opinion, Instant at) {
        requirePending();
        reviewed(BusinessInformationStatus.REJECTED, operator, opinion, at);
    }

    private void reviewed(BusinessInformationStatus result, String operator, String opinion, Instant at) {
        pending = null;
        pendingSubmittedAt = null;
        status = result;
        lastOpinion = opinion;
        lastReviewedBy = operator;
        lastReviewedAt = at;
        updatedAt = at;
    }

    private void requirePending() {
        if (!hasPendingChange()) {
            throw new IllegalStateException("no change is pending");
        }
    }
}
