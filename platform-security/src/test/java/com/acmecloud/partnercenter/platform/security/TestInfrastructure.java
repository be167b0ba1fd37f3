package com.acmecloud.partnercenter.platform.security;

import com.acmecloud.partnercenter.platform.test.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The direct tests of this module run against a real PostgreSQL and an OIDC provider that verifies real tokens. */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public class TestInfrastructure {
}
