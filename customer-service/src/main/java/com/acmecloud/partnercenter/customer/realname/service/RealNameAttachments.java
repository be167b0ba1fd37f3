package com.acmecloud.partnercenter.customer.realname.service;

import com.acmecloud.partnercenter.customer.realname.config.RealNameConfig;
import com.acmecloud.partnercenter.customer.realname.domain.AttachmentRules;
import com.acmecloud.partnercenter.customer.realname.domain.StoredObject;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

/** Rule 50 in the bucket: every attachment exists under {@code download/}, is at most 10 MB and of a format. */
@ApplicationScoped
public class RealNameAttachments {

    private final AttachmentStore store;
    private final long maxBytes;

    RealNameAttachments(AttachmentStore store, RealNameConfig config) {
        this.store = store;
        this.maxBytes = config.attachments().maxSize().asLongValue();
    }

    /** Looks each path up in the bucket at once; fails with the rule's CBC code naming the entries. */
    public Uni<Void> check(String bucket, String region, String field, List<String> paths,
                           Collection<String> formats) {
        if (paths.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Uni<StoredObject>> lookups = paths.stream()
                .map(path -> store.head(bucket, region, AttachmentRules.FOLDER + path))
                .toList();
        return Uni.join().all(lookups).andFailFast()
                .invoke(objects -> AttachmentRules.checkStored(field, paths, objects, maxBytes, formats))
                .replaceWithVoid();
    }
}
