package com.acmecloud.partnercenter.customer.verification.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Delivers SMS texts. This slice has no SMS provider: the text is written to the log (category
 * {@code sms}), which is how the local stack shows the codes. Tests replace the bean to read them.
 */
@ApplicationScoped
public class SmsGateway {

    private static final Logger LOG = Logger.getLogger("sms");

    public void deliver(String mobilePhone, String text) {
        LOG.infof("SMS to %s: %s", mobilePhone, text);
    }
}
