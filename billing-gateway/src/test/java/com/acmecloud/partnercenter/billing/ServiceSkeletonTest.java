package com.acmecloud.partnercenter.billing;

import com.acmecloud.partnercenter.platform.test.ServiceBasicsContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ServiceSkeletonTest extends ServiceBasicsContract {
}
