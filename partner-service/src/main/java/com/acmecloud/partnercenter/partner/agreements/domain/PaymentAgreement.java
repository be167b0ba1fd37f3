package com.acmecloud.partnercenter.partner.agreements.domain;

import com.acmecloud.partnercenter.partner.core.domain.Partner;
import com.acmecloud.partnercenter.partner.core.domain.RealNameStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * A Huawei Cloud payment agreement (华为云付款协议) issued to a real-name-verified partner (rule 6). There is no
 * approval: it is issued at once, and its PDF is rendered from this row whenever it is downloaded.
 */
@Entity
@Table(name = "payment_agreement")
public class PaymentAgreement {

    /** Contract dates (number and document) are Beijing time, as Huawei's dates are. */
    public static final ZoneId CONTRACT_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter NUMBER_DATE = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(CONTRACT_ZONE);

    @Id
    @Column(name = "contract_id")
    public UUID contractId;

    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    @Column(name = "contract_number", nullable = false)
    public String contractNumber;

    /** The partner's company name when the contract was issued (the contract does not change afterwards). */
    @Column(name = "company_name", nullable = false)
    public String companyName;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    /** Rule 6: only a partner whose enterprise real-name authentication is approved may request the agreement. */
    public static boolean mayBeRequestedBy(Partner partner) {
        return partner.realNameStatus == RealNameStatus.APPROVED;
    }

    /** {@code PA<yyyyMMdd in Beijing time>-<6-digit serial>}, e.g. {@code PA20261125-000042}. */
    public static String contractNumber(Instant issuedAt, long serial) {
        return "PA" + NUMBER_DATE.format(issuedAt) + "-" + String.format("%06d", serial);
    }
}
