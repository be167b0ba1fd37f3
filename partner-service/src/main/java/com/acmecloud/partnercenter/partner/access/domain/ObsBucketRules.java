package com.acmecloud.partnercenter.partner.access.domain;

import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an OBS bucket must look like to hold a partner's real-name attachments (rules 49 and 50): a name that
 * follows the OBS naming rules, in a region of the China site. That no two partners share a bucket is checked
 * by the service against the other partners' bindings (and by a unique constraint).
 */
public final class ObsBucketRules {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 63;

    private static final Pattern CHARACTERS = Pattern.compile("^[a-z0-9][a-z0-9.-]*[a-z0-9]$");
    private static final Pattern IP_ADDRESS = Pattern.compile("^\\d{1,3}(\\.\\d{1,3}){3}$");

    private ObsBucketRules() {
    }

    /** Why the name breaks the OBS naming rules, or empty when it follows them. */
    public static Optional<String> nameViolation(String name) {
        if (name == null || name.length() < MIN_LENGTH || name.length() > MAX_LENGTH) {
            return Optional.of("must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
        }
        if (!CHARACTERS.matcher(name).matches()) {
            return Optional.of("may contain only lower-case letters, digits, hyphens and periods, "
                    + "and must start and end with a letter or digit");
        }
        if (name.contains("..") || name.contains(".-") || name.contains("-.")) {
            return Optional.of("must not contain two adjacent periods or a period next to a hyphen");
        }
        if (IP_ADDRESS.matcher(name).matches()) {
            return Optional.of("must not be formatted as an IP address");
        }
        return Optional.empty();
    }

    /** Rule 50: only buckets bought on the China site work. */
    public static boolean isChinaSiteRegion(String region, Collection<String> chinaSiteRegions) {
        return region != null && chinaSiteRegions.contains(region);
    }
}
