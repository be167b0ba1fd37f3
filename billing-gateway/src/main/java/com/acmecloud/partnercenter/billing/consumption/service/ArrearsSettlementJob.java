package com.acmecloud.partnercenter.billing.consumption.service;

import com.acmecloud.partnercenter.billing.consumption.config.ConsumptionConfig;
import com.acmecloud.partnercenter.billing.consumption.repository.ConsumptionRecordRepository;
import com.acmecloud.partnercenter.billing.customers.domain.CustomerProjection;
import com.acmecloud.partnercenter.billing.customers.repository.CustomerProjectionRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Pays resale customers' debt from their allocated balance once there is some (after a later allocation): a DEDEUCT
 * "arrears settlement" per customer, with {@code billing.customer_charged} and {@code billing.customer_arrears_changed}.
 * Each customer's accounts are locked while it runs, so several replicas may run it at once.
 */
@ApplicationScoped
public class ArrearsSettlementJob {

    public static final String ACTOR = "arrears-settlement";

    private final ConsumptionRecordRepository records;
    private final CustomerProjectionRepository customers;
    private final CustomerCharging charging;
    private final ConsumptionConfig config;
    private final Clock clock;

    ArrearsSettlementJob(ConsumptionRecordRepository records, CustomerProjectionRepository customers,
                         CustomerCharging charging, ConsumptionConfig config, Clock clock) {
        this.records = records;
        this.customers = customers;
        this.charging = charging;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "arrears-settlement", every = "${partnercenter.consumption.settle-every:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return settle().replaceWithVoid();
    }

    /** Settles one batch of debtors, one transaction each; returns how many. Call on a Vert.x context. */
    public Uni<Integer> settle() {
        return Panache.withSession(() -> records.debtorsWithBalance(config.settleBatchSize()))
                .chain(debtors -> settleEach(debtors, 0));
    }

    private Uni<Integer> settleEach(List<String[]> debtors, int index) {
        if (index >= debtors.size()) {
            return Uni.createFrom().item(index);
        }
        String customerId = debtors.get(index)[0];
        String partnerId = debtors.get(index)[1];
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return Panache.withTransaction(() -> customers.findById(customerId).chain(customer -> charging.charge(null,
                        customerId, partnerId, distributorOf(customer, partnerId), BigDecimal.ZERO.setScale(2),
                        List.of(), ACTOR, now)))
                .chain(() -> settleEach(debtors, index + 1));
    }

    private static String distributorOf(CustomerProjection customer, String partnerId) {
        return customer != null && customer.isAssociatedWith(partnerId) ? customer.distributorId : null;
    }
}
