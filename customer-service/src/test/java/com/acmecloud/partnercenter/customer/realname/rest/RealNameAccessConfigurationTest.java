package com.acmecloud.partnercenter.customer.realname.rest;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.awaitProjection;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.registeredPartner;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.accessConfiguration;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.consentedCustomer;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.individual;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.submitIndividual;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Rule 49 across services: partner-service's access_configuration.changed.v1 on partner.events, consumed into the
 * projection, decides whether a partner may submit real-name authentications.
 */
@QuarkusTest
class RealNameAccessConfigurationTest {

    @Test
    void theAccessConfigurationEventOpensAndClosesRealNameSubmissions() {
        String partner = registeredPartner();
        String first = consentedCustomer(partner);
        String second = consentedCustomer(partner);
        submitIndividual(partner, individual(first)).statusCode(400).body("error_code", equalTo("CBC.99005030"));

        String bucket = "bucket-" + partner.substring(0, 10);
        accessConfiguration(partner, true, bucket);
        awaitProjection(partner, p -> p.realNameAttachmentUpload && bucket.equals(p.obsBucketName));
        submitIndividual(partner, individual(first)).statusCode(200).body("is_review", equalTo(1));

        // the partner unbinds its bucket: the full resulting state arrives, upload still on, bucket null
        accessConfiguration(partner, true, null);
        awaitProjection(partner, p -> p.obsBucketName == null);
        submitIndividual(partner, individual(second)).statusCode(400).body("error_code", equalTo("CBC.99005030"));

        accessConfiguration(partner, false, bucket);
        awaitProjection(partner, p -> !p.realNameAttachmentUpload && bucket.equals(p.obsBucketName));
        submitIndividual(partner, individual(second)).statusCode(400).body("error_code", equalTo("CBC.99005030"));
    }
}
