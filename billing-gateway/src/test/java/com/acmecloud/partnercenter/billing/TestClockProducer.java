package com.acmecloud.partnercenter.billing;

import com.acmecloud.partnercenter.platform.test.TestClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Replaces the system clock (a default bean) so tests can move time forward. */
@ApplicationScoped
public class TestClockProducer {

    @Produces
    @Singleton
    TestClock clock() {
        return new TestClock();
    }
}
