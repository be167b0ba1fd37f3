package com.acmecloud.partnercenter.platform.events.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acmecloud.partnercenter.platform.events.contracts.CloudEvent;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEventCodec;
import com.acmecloud.partnercenter.platform.events.contracts.EventType;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** An event is applied once per consumer, whatever the broker delivers twice or at once. */
@QuarkusTest
class IdempotentProcessorTest {

    record Note(String text) {
    }

    static final EventType<Note> NOTED = new EventType<>("test.noted", 1, "platform.test.events", Note.class);

    @Inject
    IdempotentProcessor processor;

    @Inject
    CloudEventCodec codec;

    @Test
    void aRedeliveredEventChangesNothing() {
        CloudEvent event = event();
        AtomicInteger applied = new AtomicInteger();

        assertThat(process("consumer-a", event, applied)).isTrue();
        assertThat(process("consumer-a", event, applied)).isFalse();

        assertThat(applied).hasValue(1);
    }

    @Test
    void eachConsumerAppliesTheEventOnce() {
        CloudEvent event = event();
        AtomicInteger applied = new AtomicInteger();

        assertThat(process("consumer-a", event, applied)).isTrue();
        assertThat(process("consumer-b", event, applied)).isTrue();

        assertThat(applied).hasValue(2);
    }

    @Test
    void duplicatesDeliveredAtOnceAreAppliedOnce() {
        CloudEvent event = event();
        AtomicInteger applied = new AtomicInteger();

        List<CompletableFuture<Boolean>> deliveries = IntStream.range(0, 6)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> process("consumer-a", event, applied)))
                .toList();

        assertThat(deliveries.stream().map(CompletableFuture::join).filter(Boolean::booleanValue)).hasSize(1);
        assertThat(applied).hasValue(1);
    }

    @Test
    void aFailedProjectionRecordsNothingSoTheRetryApplies() {
        CloudEvent event = event();
        AtomicInteger applied = new AtomicInteger();

        assertThatThrownBy(() -> Tx.onContext(() -> processor.processOnce("consumer-a", event,
                e -> Uni.createFrom().failure(new IllegalStateException("projection failed")))))
                .hasMessageContaining("projection failed");

        assertThat(process("consumer-a", event, applied)).isTrue();
        assertThat(applied).hasValue(1);
    }

    private boolean process(String consumer, CloudEvent event, AtomicInteger applied) {
        return Tx.onContext(() -> processor.processOnce(consumer, event,
                e -> Uni.createFrom().item(applied::incrementAndGet)));
    }

    private CloudEvent event() {
        return codec.envelope(NOTED, "/test", "s", new Note("n"), Instant.now());
    }
}
