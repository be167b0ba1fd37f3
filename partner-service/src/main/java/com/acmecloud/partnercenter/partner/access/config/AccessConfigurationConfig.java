package com.acmecloud.partnercenter.partner.access.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

@ConfigMapping(prefix = "partnercenter.access-configuration")
public interface AccessConfigurationConfig {

    /**
     * OBS regions of the China site: only buckets there can hold real-name attachments (rule 50).
     * Huawei's real-name APIs read attachments from the partner's China-site bucket only.
     */
    @WithDefault("cn-north-1,cn-north-4,cn-north-9,cn-east-2,cn-east-3,cn-south-1,cn-southwest-2")
    List<String> chinaSiteRegions();
}
