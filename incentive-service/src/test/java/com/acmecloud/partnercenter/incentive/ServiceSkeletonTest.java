package com.acmecloud.partnercenter.incentive;

import com.acmecloud.partnercenter.platform.test.ServiceBasicsContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ServiceSkeletonTest extends ServiceBasicsContract {
}
