package com.acmecloud.partnercenter.customer.verification.service;

import com.acmecloud.partnercenter.customer.verification.config.SmsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;

/** The {@link SmsGateway} that {@code partnercenter.sms.provider} names. */
@ApplicationScoped
class SmsGateways {

    @Produces
    @ApplicationScoped
    SmsGateway gateway(SmsConfig config, Instance<HuaweiSmsGateway> huawei, Instance<DevOutboxSmsGateway> devOutbox) {
        return switch (config.provider()) {
            case HUAWEI -> huawei.get();
            case DEV_OUTBOX -> devOutbox.get();
        };
    }
}
