package com.acmecloud.partnercenter.partner.access.rest;

import static com.acmecloud.partnercenter.partner.AccessBusinessTestApi.accessConfiguration;
import static com.acmecloud.partnercenter.partner.AccessBusinessTestApi.assignXaccountType;
import static com.acmecloud.partnercenter.partner.AccessBusinessTestApi.bindBucket;
import static com.acmecloud.partnercenter.partner.AccessBusinessTestApi.registeredPartner;
import static com.acmecloud.partnercenter.partner.AccessBusinessTestApi.setAttachmentUpload;
import static com.acmecloud.partnercenter.partner.AccessBusinessTestApi.unbindBucket;
import static com.acmecloud.partnercenter.partner.AccessBusinessTestApi.uniqueBucket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.acmecloud.partnercenter.partner.PartnerTestApi;
import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Access configuration: rules 49 (attachment upload + bucket) and 50 (own China-site bucket, never shared). */
@QuarkusTest
class AccessConfigurationTest {

    @Test
    void aNewPartnerHasNothingSwitchedOnAndIsNotReady() {
        String partnerId = registeredPartner();
        accessConfiguration(partnerId).statusCode(200)
                .body("partner_id", equalTo(partnerId))
                .body("capabilities.real_name_attachment_upload", equalTo(false))
                .body("xaccount_type", nullValue())
                .body("obs_bucket", nullValue())
                .body("ready_for_real_name_api", equalTo(false));
    }

    @Test
    void rule49RealNameApiIsReadyOnlyWithUploadEnabledAndABucketBound() {
        String partnerId = registeredPartner();
        String bucket = uniqueBucket();

        // enabling without a bucket is allowed, but not enough
        setAttachmentUpload(partnerId, true).statusCode(200)
                .body("capabilities.real_name_attachment_upload", equalTo(true))
                .body("ready_for_real_name_api", equalTo(false));
        bindBucket(partnerId, bucket, "cn-north-4").statusCode(200)
                .body("obs_bucket.bucket_name", equalTo(bucket))
                .body("obs_bucket.region", equalTo("cn-north-4"))
                .body("ready_for_real_name_api", equalTo(true));
        // switching it off, or unbinding, makes it not ready again
        setAttachmentUpload(partnerId, false).statusCode(200).body("ready_for_real_name_api", equalTo(false));
        setAttachmentUpload(partnerId, true).statusCode(200).body("ready_for_real_name_api", equalTo(true));
        unbindBucket(partnerId).statusCode(200)
                .body("obs_bucket", nullValue())
                .body("ready_for_real_name_api", equalTo(false));
        unbindBucket(partnerId).statusCode(200).body("obs_bucket", nullValue());

        accessConfiguration(partnerId).statusCode(200)
                .body("capabilities.real_name_attachment_upload", equalTo(true))
                .body("ready_for_real_name_api", equalTo(false));
    }

    @Test
    void rule50TwoPartnersCannotBindTheSameBucket() {
        String first = registeredPartner();
        String second = registeredPartner();
        String bucket = uniqueBucket();
        bindBucket(first, bucket, "cn-north-4").statusCode(200);

        bindBucket(second, bucket, "cn-east-3").statusCode(400)
                .body("error_code", equalTo("CBC.91004002"));
        accessConfiguration(second).statusCode(200).body("obs_bucket", nullValue());

        // the owner may re-bind its own bucket (same or another region) without conflict
        bindBucket(first, bucket, "cn-east-3").statusCode(200).body("obs_bucket.region", equalTo("cn-east-3"));
        // once the owner releases it, another partner may take it
        unbindBucket(first).statusCode(200);
        bindBucket(second, bucket, "cn-north-4").statusCode(200).body("obs_bucket.bucket_name", equalTo(bucket));
    }

    @Test
    void rule50PartnersRacingForOneBucketGetItOnceAndNeverA5xx() throws Exception {
        int racers = 6;
        List<String> partners = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            partners.add(registeredPartner());
        }
        String bucket = uniqueBucket();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (String partnerId : partners) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return PartnerTestApi.as(Tokens.partner(partnerId))
                            .body(Map.of("bucket_name", bucket, "region", "cn-north-4"))
                            .put("/v2/partners/{id}/access-configuration/obs-bucket", partnerId);
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                responses.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(responses).filteredOn(r -> r.statusCode() == 200).hasSize(1);
            assertThat(responses).filteredOn(r -> r.statusCode() != 200).hasSize(racers - 1)
                    .allSatisfy(r -> {
                        assertThat(r.statusCode()).isEqualTo(400);
                        assertThat(r.jsonPath().getString("error_code")).isEqualTo("CBC.91004002");
                    });
        } finally {
            pool.shutdownNow();
        }
        long holders = partners.stream()
                .filter(p -> bucket.equals(accessConfiguration(p).statusCode(200).extract().path("obs_bucket.bucket_name")))
                .count();
        assertThat(holders).isEqualTo(1);
    }

    @Test
    void rule50OnlyChinaSiteRegionsAreAccepted() {
        String partnerId = registeredPartner();
        for (String region : List.of("ap-southeast-1", "eu-west-101", "af-south-1", "CN-NORTH-4")) {
            bindBucket(partnerId, uniqueBucket(), region).statusCode(400)
                    .body("error_code", equalTo("CBC.91004003"))
                    .body("details[0].field", equalTo("region"));
        }
        for (String region : List.of("cn-north-1", "cn-north-4", "cn-north-9", "cn-east-2", "cn-east-3", "cn-south-1",
                "cn-southwest-2")) {
            bindBucket(partnerId, uniqueBucket(), region).statusCode(200).body("obs_bucket.region", equalTo(region));
        }
    }

    @Test
    void bucketNamesMustFollowTheObsNamingRules() {
        String partnerId = registeredPartner();
        for (String name : List.of("ab", "Upper-case", "under_score", "-leading", "trailing-", "two..dots",
                "192.168.1.10")) {
            bindBucket(partnerId, name, "cn-north-4").statusCode(400)
                    .body("error_code", equalTo("CBC.91004001"))
                    .body("details[0].field", equalTo("bucket_name"));
        }
        accessConfiguration(partnerId).statusCode(200).body("obs_bucket", nullValue());
    }

    @Test
    void operatorsAssignTheXaccountTypeWhichIsUniqueAcrossPartners() {
        String first = registeredPartner();
        String second = registeredPartner();
        String type = "platform_" + UUID.randomUUID().toString().substring(0, 8);

        assignXaccountType(first, type).statusCode(200).body("xaccount_type", equalTo(type));
        assignXaccountType(first, type).statusCode(200).body("xaccount_type", equalTo(type));
        assignXaccountType(second, type).statusCode(400).body("error_code", equalTo("CBC.91004004"));
        accessConfiguration(second).statusCode(200).body("xaccount_type", nullValue());
        accessConfiguration(first).statusCode(200).body("xaccount_type", equalTo(type));

        // a partner cannot assign its own platform id
        PartnerTestApi.as(Tokens.partner(second)).body(Map.of("xaccount_type", "mine"))
                .put("/v2/partners/{id}/access-configuration/xaccount-type", second)
                .then().statusCode(403).body("error_code", equalTo("CBC.0151"));
        assignXaccountType(second, "x".repeat(65)).statusCode(400).body("error_code", equalTo("CBC.0100"));
    }

    @Test
    void operatorsReadAnyAccessConfigurationAndUnknownPartnersAreNotFound() {
        String partnerId = registeredPartner();
        PartnerTestApi.as(Tokens.operator()).get("/v2/partners/{id}/access-configuration", partnerId)
                .then().statusCode(200).body("partner_id", equalTo(partnerId));
        PartnerTestApi.as(Tokens.operator()).get("/v2/partners/{id}/access-configuration", "no-such-partner")
                .then().statusCode(404).body("error_code", equalTo("CBC.91001001"));
        assignXaccountType("no-such-partner", "whatever").statusCode(404).body("error_code", equalTo("CBC.91001001"));
    }
}
