package com.acmecloud.partnercenter.partner.access.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule 50: bucket names follow the OBS naming rules; only China-site regions are accepted. */
class ObsBucketRulesTest {

    private static final List<String> CHINA = List.of("cn-north-4", "cn-east-3");

    @ParameterizedTest
    @ValueSource(strings = {"abc", "acme-realname", "acme.realname.01", "0bucket9",
            "a23456789012345678901234567890123456789012345678901234567890123"})
    void validNamesPass(String name) {
        assertThat(ObsBucketRules.nameViolation(name)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "a234567890123456789012345678901234567890123456789012345678901234",
            "Acme-bucket", "acme_bucket", "-acme", "acme-", ".acme", "acme.", "ac..me", "ac.-me", "ac-.me",
            "192.168.1.10", "acme bucket", "acme/bucket", "中文桶名"})
    void invalidNamesAreNamed(String name) {
        assertThat(ObsBucketRules.nameViolation(name)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cn-north-4", "cn-east-3"})
    void chinaSiteRegionsPass(String region) {
        assertThat(ObsBucketRules.isChinaSiteRegion(region, CHINA)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ap-southeast-1", "eu-west-101", "af-south-1", "CN-NORTH-4", "cn-north-4 ", ""})
    void otherRegionsAreRefused(String region) {
        assertThat(ObsBucketRules.isChinaSiteRegion(region, CHINA)).isFalse();
    }
}
