package com.acmecloud.partnercenter.customer.realname.service;

import com.acmecloud.partnercenter.customer.realname.domain.StoredObject;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;

/**
 * Development only ({@code partnercenter.realname.attachments.store=none}): no object store is asked, so the
 * existence and size of attachments are not checked (their paths and extensions still are).
 */
@ApplicationScoped
@Typed(UncheckedAttachmentStore.class)
public class UncheckedAttachmentStore implements AttachmentStore {

    @Override
    public Uni<StoredObject> head(String bucket, String region, String key) {
        return Uni.createFrom().item(StoredObject.NOT_CHECKED);
    }
}
