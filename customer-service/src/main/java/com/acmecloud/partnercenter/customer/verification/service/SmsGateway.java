package com.acmecloud.partnercenter.customer.verification.service;

import io.smallrye.mutiny.Uni;

/**
 * Delivers verification-code texts. Which one runs is {@code partnercenter.sms.provider} ({@link SmsGateways}):
 * {@link HuaweiSmsGateway} in production, {@link DevOutboxSmsGateway} on the local stack and in tests. No gateway
 * writes the code to a log.
 */
public interface SmsGateway {

    /** Fails with a retryable {@code CbcException} (SMS_DELIVERY_FAILED) when the provider did not take the text. */
    Uni<Void> deliver(VerificationSms sms);
}
