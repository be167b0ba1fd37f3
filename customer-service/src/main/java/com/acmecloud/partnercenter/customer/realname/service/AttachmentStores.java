package com.acmecloud.partnercenter.customer.realname.service;

import com.acmecloud.partnercenter.customer.realname.config.RealNameConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import org.jboss.logging.Logger;

/**
 * The {@link AttachmentStore} that {@code partnercenter.realname.attachments.store} names. With {@code obs} (the
 * default) the service does not start without its access key and secret, so that no deployment silently skips
 * rule 50's checks; {@code none} is announced as a warning at start-up.
 */
@ApplicationScoped
class AttachmentStores {

    private static final Logger LOG = Logger.getLogger("realname");

    private final RealNameConfig.Attachments config;

    AttachmentStores(RealNameConfig config) {
        this.config = config.attachments();
    }

    @Produces
    @ApplicationScoped
    AttachmentStore store(Instance<HuaweiObsAttachmentStore> obs, Instance<UncheckedAttachmentStore> unchecked) {
        return switch (config.store()) {
            case OBS -> obs.get();
            case NONE -> unchecked.get();
        };
    }

    void requireConfiguration(@Observes StartupEvent startup) {
        if (config.store() == RealNameConfig.Attachments.Store.NONE) {
            LOG.warn("Real-name attachments are not looked up in OBS (partnercenter.realname.attachments.store=none): "
                    + "their existence and size are not checked. For development only.");
        } else if (config.obs().accessKeyId().isEmpty() || config.obs().secretAccessKey().isEmpty()) {
            throw new IllegalStateException("partnercenter.realname.attachments.store=obs needs the OBS access key: "
                    + "set REALNAME_OBS_ACCESS_KEY_ID and REALNAME_OBS_SECRET_ACCESS_KEY");
        }
    }
}
