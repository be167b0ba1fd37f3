package com.acmecloud.partnercenter.platform.security.identity;

import java.util.Optional;

/**
 * Huawei Cloud's two sites: the China site and the international site. A deployment serves one
 * ({@code partnercenter.site}); a customer's token may say which one the customer registered on (claim
 * {@code site}, absent = the deployment's).
 */
public enum Site {
    CN,
    INTL;

    /** The site a claim value names: exactly {@code CN} or {@code INTL}. */
    public static Optional<Site> of(String claim) {
        for (Site site : values()) {
            if (site.name().equals(claim)) {
                return Optional.of(site);
            }
        }
        return Optional.empty();
    }
}
