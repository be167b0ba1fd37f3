package com.acmecloud.partnercenter.incentive;

import com.acmecloud.partnercenter.platform.test.KafkaBrokerResource;
import com.acmecloud.partnercenter.platform.test.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Every @QuarkusTest of this module runs against a real PostgreSQL, a real Kafka broker and an OIDC provider. */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public class TestInfrastructure {
}
