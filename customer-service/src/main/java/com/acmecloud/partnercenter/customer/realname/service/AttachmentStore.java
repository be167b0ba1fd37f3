package com.acmecloud.partnercenter.customer.realname.service;

import com.acmecloud.partnercenter.customer.realname.domain.StoredObject;
import io.smallrye.mutiny.Uni;

/**
 * Where real-name attachments are looked up (rule 50). Which one runs is
 * {@code partnercenter.realname.attachments.store} ({@link AttachmentStores}): {@link HuaweiObsAttachmentStore} in
 * production, {@link UncheckedAttachmentStore} on the local stack and in tests. No store logs a key or a signature.
 */
public interface AttachmentStore {

    /**
     * The object {@code key} of the partner's bucket: found (size, content type) or missing. Fails with
     * CBC.99005030 when the store refuses the service access to the bucket, with the retryable CBC.91005036 when
     * the store cannot be reached or answers with an error.
     *
     * @param region the bucket's region, null when its binding named none
     */
    Uni<StoredObject> head(String bucket, String region, String key);
}
