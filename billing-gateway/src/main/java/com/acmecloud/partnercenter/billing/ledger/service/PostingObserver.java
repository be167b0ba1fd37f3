package com.acmecloud.partnercenter.billing.ledger.service;

import com.acmecloud.partnercenter.billing.ledger.domain.Movement;
import com.acmecloud.partnercenter.billing.ledger.domain.Posting;
import io.smallrye.mutiny.Uni;

/**
 * Hears every movement the {@link Ledger} posted, inside the posting's transaction (so what it writes — an outbox
 * event — commits or rolls back with the money). A failure fails the posting. Features that publish facts derived
 * from balances implement it, so that no place that moves money can forget them.
 */
public interface PostingObserver {

    Uni<Void> posted(Movement movement, Posting posting);
}
