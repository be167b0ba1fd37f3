package com.acmecloud.partnercenter.customer.deals.domain;

import java.util.UUID;

/** Filters of the partner's registration query; a null field does not filter. */
public record DealRegistrationFilter(UUID registrationId, DealRegistration.Status status, String customerId) {
}
