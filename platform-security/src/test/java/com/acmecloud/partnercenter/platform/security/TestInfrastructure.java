package com.acmecloud.partnercenter.platform.security;

import com.acmecloud.partnercenter.platform.test.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;

/** The direct tests of this module run against a real PostgreSQL. */
@QuarkusTestResource(PostgresResource.class)
public class TestInfrastructure {
}
