package com.acmecloud.partnercenter.customer.realname.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Rules 50 and 53: customer real-name authentication limits, and where the attachments are looked up (rule 50). */
@ConfigMapping(prefix = "partnercenter.realname")
public interface RealNameConfig {

    /** Rule 53: real-name submissions one customer may make (CBC.99007191 beyond). */
    @WithDefault("5")
    int maxAttemptsPerCustomer();

    /** Rule 53: customers that may be verified or under review with one ID number (CBC.99007189 beyond). */
    @WithDefault("5")
    int maxCustomersPerIdNumber();

    /** Rule 50: attachment formats (file extensions, compared case-insensitively). */
    @WithDefault("jpg,jpeg,bmp,png,gif,pdf")
    List<String> fileFormats();

    /**
     * Key of the HMAC-SHA256 that ID numbers are kept as (never in clear). Set it from a secret in production:
     * hashes made with another key no longer match, so the ID-number limit would restart from zero.
     */
    String idNumberHashKey();

    /** Rule 50: the attachments in the partner's OBS bucket. */
    Attachments attachments();

    interface Attachments {

        enum Store {
            /** Huawei Cloud OBS: each attachment is looked up (HeadObject) in the partner's bucket; the default. */
            OBS,
            /** Development only: nothing is looked up, so neither existence nor size of attachments is checked. */
            NONE
        }

        /** {@code obs} (default, production) or {@code none} (dev, tests and the local stack). */
        @WithDefault("obs")
        Store store();

        /** Rule 50: the largest attachment (CBC.99000099 beyond); Huawei's 10 MB. */
        @WithDefault("10M")
        @WithConverter(MemorySizeConverter.class)
        MemorySize maxSize();

        Obs obs();
    }

    /** Huawei Cloud OBS, REST API with the V2 signature (HMAC-SHA1 with the service's own AK/SK). */
    interface Obs {

        /**
         * Where a bucket is: {@code {bucket}} and {@code {region}} are replaced by the partner's bucket and its region
         * (virtual-hosted style). Without {@code {bucket}} the bucket goes into the path (path style).
         */
        @WithDefault("https://{bucket}.obs.{region}.myhuaweicloud.com")
        String endpoint();

        /** The region of a bucket whose binding named none. */
        @WithDefault("cn-north-4")
        String defaultRegion();

        /** Access key id (AK) of the service's own IAM user, allowed to read the partners' buckets; never logged. */
        Optional<String> accessKeyId();

        /** Secret access key (SK) that signs the requests; from the environment, never logged. */
        Optional<String> secretAccessKey();

        /** A lookup that takes longer fails (retryable CBC.91005036). */
        @WithDefault("PT5S")
        Duration timeout();
    }
}
