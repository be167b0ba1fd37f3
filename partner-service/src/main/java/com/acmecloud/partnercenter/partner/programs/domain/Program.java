package com.acmecloud.partnercenter.partner.programs.domain;

/**
 * The program catalogue: the partner programs a company can apply to.
 *
 * <p>{@code tier} is the contracting tier: 1 = contracts with the cloud directly, 2 = contracts through a
 * distributor. Whether a program issues a certificate is domain rule 2 ("programs that issue no certificate
 * show no download button"); ASSUMPTION: Solution Provider and Distributor issue one, Cloud Reseller (whose
 * contract is with its distributor) does not.
 */
public enum Program {
    SOLUTION_PROVIDER("Solution Provider", 1, true, "SP"),
    CLOUD_RESELLER("Cloud Reseller", 2, false, "CR"),
    DISTRIBUTOR("Distributor", 1, true, "DI");

    private final String displayName;
    private final int tier;
    private final boolean issuesCertificate;
    private final String abbreviation;

    Program(String displayName, int tier, boolean issuesCertificate, String abbreviation) {
        this.displayName = displayName;
        this.tier = tier;
        this.issuesCertificate = issuesCertificate;
        this.abbreviation = abbreviation;
    }

    public String displayName() {
        return displayName;
    }

    public int tier() {
        return tier;
    }

    public boolean issuesCertificate() {
        return issuesCertificate;
    }

    /** The program's part of a certificate number, e.g. {@code SP} in {@code HCPN-SP-2026-000123}. */
    public String abbreviation() {
        return abbreviation;
    }
}
