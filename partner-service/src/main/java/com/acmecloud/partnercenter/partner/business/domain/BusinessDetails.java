package com.acmecloud.partnercenter.partner.business.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/** One version of a partner's business information: who contracts, where payouts go, at which tax rate. */
@Embeddable
public class BusinessDetails {

    @Column(name = "contracting_entity")
    public String contractingEntity;

    @Column(name = "bank_name")
    public String bankName;

    @Column(name = "bank_account_number")
    public String bankAccountNumber;

    @Column(name = "account_holder_name")
    public String accountHolderName;

    /** Decimal fraction, 0 to 1 with at most 4 decimals (0.06 = 6 %). */
    @Column(name = "tax_rate", precision = 5, scale = 4)
    public BigDecimal taxRate;

    public BusinessDetails() {
    }

    public BusinessDetails(String contractingEntity, String bankName, String bankAccountNumber,
                           String accountHolderName, BigDecimal taxRate) {
        this.contractingEntity = contractingEntity;
        this.bankName = bankName;
        this.bankAccountNumber = bankAccountNumber;
        this.accountHolderName = accountHolderName;
        this.taxRate = taxRate;
    }

    /** The bank account as it may be shown anywhere outside this service: all but the last 4 digits hidden. */
    public String bankAccountMasked() {
        return mask(bankAccountNumber);
    }

    public static String mask(String accountNumber) {
        if (accountNumber == null) {
            return null;
        }
        int visible = Math.min(4, accountNumber.length() / 2);
        return "*".repeat(accountNumber.length() - visible) + accountNumber.substring(accountNumber.length() - visible);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BusinessDetails that
                && Objects.equals(contractingEntity, that.contractingEntity)
                && Objects.equals(bankName, that.bankName)
                && Objects.equals(bankAccountNumber, that.bankAccountNumber)
                && Objects.equals(accountHolderName, that.accountHolderName)
                && (taxRate == null ? that.taxRate == null : that.taxRate != null && taxRate.compareTo(that.taxRate) == 0);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contractingEntity, bankName, bankAccountNumber, accountHolderName);
    }
}
