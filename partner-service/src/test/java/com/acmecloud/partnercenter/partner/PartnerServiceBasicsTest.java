package com.acmecloud.partnercenter.partner;

import com.acmecloud.partnercenter.platform.test.ServiceBasicsContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PartnerServiceBasicsTest extends ServiceBasicsContract {
}
