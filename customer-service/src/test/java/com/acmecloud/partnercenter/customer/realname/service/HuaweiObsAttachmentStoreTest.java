package com.acmecloud.partnercenter.customer.realname.service;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.awaitProjection;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.registeredPartner;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.accessConfiguration;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.consentedCustomer;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.individual;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.result;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.submitIndividual;
import static com.acmecloud.partnercenter.platform.test.CbcAssertions.assertCbcError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.acmecloud.partnercenter.platform.test.NoBlockedEventLoop;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rule 50 in the bucket, with {@code partnercenter.realname.attachments.store=obs} against a local stand-in of OBS's
 * HeadObject ({@link ObsStandIn}): every attachment is looked up, signed with the service's access key (OBS V2);
 * larger than 10 MB is CBC.99000099, missing CBC.91005035, a content type of no allowed format CBC.99000100, a bucket
 * that refuses the service CBC.99005030, a failing store the retryable CBC.91005036. A refused submission writes
 * nothing. Neither the secret key nor a signature is logged.
 */
@QuarkusTest
@TestProfile(HuaweiObsAttachmentStoreTest.ObsStore.class)
class HuaweiObsAttachmentStoreTest {

    public static class ObsStore implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ObsStandIn.class));
        }
    }

    private static final long TEN_MB = 10L * 1024 * 1024;
    private static final List<String> FILES = List.of("id/front.jpg", "id/back.PNG", "id/holding.pdf");

    @BeforeEach
    void clear() {
        ObsStandIn.RECEIVED.clear();
    }

    @Test
    void attachmentsOfAtMostTenMegabytesInTheBucketAreAcceptedAfterSignedLookups() throws IOException {
        String bucket = newBucket("bucket");
        String partner = partnerWithBucket(bucket);
        String customer = consentedCustomer(partner);
        putAll(bucket, TEN_MB);

        submitIndividual(partner, individual(customer)).statusCode(200).body("is_review", equalTo(1));

        assertThat(ObsStandIn.RECEIVED).hasSize(3).allSatisfy(request -> {
            assertThat(request.method()).isEqualTo("HEAD");
            ZonedDateTime.parse(request.date(), DateTimeFormatter.RFC_1123_DATE_TIME);
            assertThat(request.authorization()).isEqualTo("OBS " + ObsStandIn.ACCESS_KEY_ID + ":"
                    + HuaweiObsAttachmentStore.sign(ObsStandIn.SECRET_ACCESS_KEY,
                    "HEAD\n\n\n" + request.date() + "\n" + request.path()));
        });
        assertThat(ObsStandIn.RECEIVED).extracting(ObsStandIn.Received::path).containsExactlyInAnyOrder(
                "/" + bucket + "/download/id/front.jpg", "/" + bucket + "/download/id/back.PNG",
                "/" + bucket + "/download/id/holding.pdf");
        String log = Files.readString(Path.of(NoBlockedEventLoop.LOG), StandardCharsets.UTF_8);
        assertThat(log).doesNotContain(ObsStandIn.SECRET_ACCESS_KEY).doesNotContain(ObsStandIn.ACCESS_KEY_ID);
        ObsStandIn.RECEIVED.forEach(request -> assertThat(log)
                .doesNotContain(request.authorization().substring(request.authorization().indexOf(':') + 1)));
    }

    @Test
    void anAttachmentOverTenMegabytesIsCbc99000099AndNothingIsWritten() {
        Submission submission = Submission.toNewBucket("bucket");
        putAll(submission.bucket(), 1024);
        ObsStandIn.put(submission.bucket(), "id/back.PNG", TEN_MB + 1, "image/png");

        submission.assertRefused(400, "CBC.99000099", "verified_file_url[1]");

        // within the limit, the same submission goes through
        ObsStandIn.put(submission.bucket(), "id/back.PNG", TEN_MB, "image/png");
        submitIndividual(submission.partner(), individual(submission.customer())).statusCode(200);
    }

    @Test
    void anAttachmentNotInTheBucketIsCbc91005035() {
        Submission submission = Submission.toNewBucket("bucket");
        ObsStandIn.put(submission.bucket(), "id/front.jpg", 1024, "image/jpeg");
        ObsStandIn.put(submission.bucket(), "id/back.PNG", 1024, "image/png");

        submission.assertRefused(400, "CBC.91005035", "verified_file_url[2]");
    }

    @Test
    void aContentTypeOfNoAllowedFormatIsCbc99000100() {
        Submission submission = Submission.toNewBucket("bucket");
        putAll(submission.bucket(), 1024);
        ObsStandIn.put(submission.bucket(), "id/front.jpg", 1024, "text/html; charset=utf-8");

        submission.assertRefused(400, "CBC.99000100", "verified_file_url[0]");
    }

    @Test
    void aBucketThatRefusesTheServiceIsCbc99005030() {
        Submission submission = Submission.toNewBucket("denied");
        putAll(submission.bucket(), 1024);

        submission.assertRefused(400, "CBC.99005030", null);
        assertThat(ObsStandIn.RECEIVED).isNotEmpty();
    }

    @Test
    void aFailingStoreIsTheRetryableCbc91005036() {
        Submission.toNewBucket("broken").assertRefused(503, "CBC.91005036", null);
    }

    /** A consented customer of a partner that bound a bucket of its own. */
    private record Submission(String bucket, String partner, String customer) {

        static Submission toNewBucket(String prefix) {
            String bucket = newBucket(prefix);
            String partner = partnerWithBucket(bucket);
            return new Submission(bucket, partner, consentedCustomer(partner));
        }

        /** The individual submission is refused with the code (naming the entry, if given), and nothing is stored. */
        void assertRefused(int status, String code, String entry) {
            Response refused = submitIndividual(partner, individual(customer)).extract().response();
            assertCbcError(code, refused, status, code);
            if (entry != null) {
                assertThat(refused.jsonPath().getList("details.field")).containsExactly(entry);
                assertThat(refused.jsonPath().getList("details.error_code")).containsExactly(code);
            }
            assertCbcError("nothing stored", result(partner, customer).extract().response(), 404, "CBC.91005031");
        }
    }

    private static String newBucket(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
    }

    private static String partnerWithBucket(String bucket) {
        String partner = registeredPartner();
        accessConfiguration(partner, true, bucket);
        awaitProjection(partner, p -> bucket.equals(p.obsBucketName));
        return partner;
    }

    private static void putAll(String bucket, long size) {
        ObsStandIn.put(bucket, FILES.get(0), size, "image/jpeg");
        ObsStandIn.put(bucket, FILES.get(1), size, "image/png");
        // uploaded without a content type: OBS reports its generic one, which says nothing about the format
        ObsStandIn.put(bucket, FILES.get(2), size, "binary/octet-stream");
    }
}
