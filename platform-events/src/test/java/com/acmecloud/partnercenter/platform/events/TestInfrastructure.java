package com.acmecloud.partnercenter.platform.events;

import com.acmecloud.partnercenter.platform.test.KafkaBrokerResource;
import com.acmecloud.partnercenter.platform.test.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;

/** The direct tests of this module run against a real PostgreSQL and a real Kafka broker. */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaBrokerResource.class)
public class TestInfrastructure {
}
