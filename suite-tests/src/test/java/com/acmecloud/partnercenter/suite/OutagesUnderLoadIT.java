package com.acmecloud.partnercenter.suite;

import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.platform.test.KafkaBrokerResource;
import com.acmecloud.partnercenter.platform.test.PostgresResource;
import com.acmecloud.partnercenter.platform.test.Tokens;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Both services under a bounded write load while first the Kafka broker and then PostgreSQL are stopped and
 * started again. The writers register partners on partner-service (each a {@code partner.registered} event that
 * customer-service projects from {@code partner.events}) and create sub-customers on customer-service (each a
 * {@code customer.sub_customer_created} on {@code customer.events}). The load runs in five phases of the same number
 * of requests: before, Kafka down, Kafka back, PostgreSQL down, PostgreSQL back; between two phases the writers wait
 * while the outage starts or ends, so every outage lasts exactly one phase of requests. After each restart the
 * scenario measures how long the server took to start and then how long until every write accepted so far is on its
 * topic and projected (after PostgreSQL this includes both services becoming ready again).
 *
 * <p>Prints what happened and asserts: no 5xx while PostgreSQL is up, only 503 CBC.91000006 while it is down (no
 * 500), every accepted write's event published and applied, each event applied once.
 */
class OutagesUnderLoadIT {

    private static final int WRITERS = 4;
    private static final int REQUESTS_PER_WRITER_PER_PHASE = 24;
    private static final int READY_PARTNERS = 12;
    private static final Duration CATCH_UP = Duration.ofSeconds(60);
    private static final Duration RESTART = Duration.ofSeconds(60);

    enum Phase { BEFORE, KAFKA_DOWN, KAFKA_BACK, POSTGRES_DOWN, POSTGRES_BACK }

    /** After a restart: how long the server took to start, and from then until the services had caught up. */
    record Recovery(Duration restart, Duration catchUp) {

        static Recovery since(long restarting, long restarted) {
            return new Recovery(Duration.ofNanos(restarted - restarting), Duration.ofNanos(System.nanoTime() - restarted));
        }
    }

    /** One request of the load and its answer ({@code status} -1: no answer in time). */
    record Outcome(Phase phase, String service, int status, String errorCode, String retryAfter, String partnerId,
                   String customerId) {

        boolean accepted() {
            return status >= 200 && status < 300;
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Suite suite;
    private static PartnerServiceApi partners;
    private static List<String> readyPartners;

    private final Collection<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final Map<String, Recovery> recoveries = new TreeMap<>();
    private volatile Phase phase = Phase.BEFORE;
    private volatile boolean stayedReadyWithoutKafka;

    @BeforeAll
    static void startSuite() {
        suite = Suite.start();
        partners = new PartnerServiceApi(suite.partnerService());
        readyPartners = IntStream.range(0, READY_PARTNERS).mapToObj(i -> partners.registeredPartner()).toList();
        readyPartners.forEach(partners::assignPlatform);
        readyPartners.forEach(partnerId -> PartnerProjectionRow.await(suite.customerDatabase(), partnerId,
                row -> row.registered() && PartnerServiceApi.platformOf(partnerId).equals(row.xaccountType())));
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            // a failed run must not leave the broker or the database stopped for close()
            KafkaBrokerResource.startBroker();
            PostgresResource.startPostgres();
            suite.close();
        }
    }

    @Test
    void nothingIsLostOrAppliedTwiceWhenKafkaAndThenPostgresAreRestartedUnderLoad() throws Exception {
        try (EventPipeline pipeline = new EventPipeline(suite)) {
            CyclicBarrier nextPhase = new CyclicBarrier(WRITERS, () -> endOf(phase, pipeline));
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int writer = 0; writer < WRITERS; writer++) {
                    int id = writer;
                    running.add(writers.submit(() -> write(id, nextPhase)));
                }
                awaitAll(running);
            } finally {
                writers.shutdownNow();
            }
            Report report = report(pipeline);
            System.out.println(report.text());
            report.assertNothingLostOrDuplicated();
        }
    }

    /** Waits for every writer; a failure of the phase change wins over the writers it left waiting. */
    private static void awaitAll(List<Future<?>> running) throws Exception {
        Exception failure = null;
        for (Future<?> writer : running) {
            try {
                writer.get(5, TimeUnit.MINUTES);
            } catch (ExecutionException e) {
                if (failure == null || !(e.getCause() instanceof BrokenBarrierException)) {
                    failure = e;
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** One writer: its share of each phase, then it waits for the others (and the outage's start or end). */
    private Void write(int writer, CyclicBarrier nextPhase) throws InterruptedException, BrokenBarrierException {
        for (Phase current : Phase.values()) {
            for (int i = 0; i < REQUESTS_PER_WRITER_PER_PHASE; i++) {
                int request = current.ordinal() * REQUESTS_PER_WRITER_PER_PHASE + i;
                outcomes.add(request % 2 == 0
                        ? register(current)
                        : createSubCustomer(current, readyPartners.get((writer * 7 + request) % READY_PARTNERS)));
            }
            nextPhase.await();
        }
        return null;
    }

    /** Runs once per phase, in the last writer to finish it, while the others wait. */
    private void endOf(Phase ended, EventPipeline pipeline) {
        switch (ended) {
            case BEFORE -> KafkaBrokerResource.stopBroker();
            case KAFKA_DOWN -> {
                stayedReadyWithoutKafka = ready(suite.partnerService()) && ready(suite.customerService());
                long restarting = System.nanoTime();
                KafkaBrokerResource.startBroker();
                long restarted = System.nanoTime();
                awaitCaughtUp(pipeline);
                recoveries.put("Kafka", Recovery.since(restarting, restarted));
            }
            case KAFKA_BACK -> PostgresResource.stopPostgres();
            case POSTGRES_DOWN -> {
                long restarting = System.nanoTime();
                PostgresResource.startPostgres();
                long restarted = System.nanoTime();
                Awaitility.await("both services ready again").atMost(RESTART).pollInterval(Duration.ofMillis(100))
                        .until(() -> ready(suite.partnerService()) && ready(suite.customerService()));
                awaitCaughtUp(pipeline);
                recoveries.put("PostgreSQL", Recovery.since(restarting, restarted));
            }
            case POSTGRES_BACK -> {
                // the load is over
            }
        }
        if (ended != Phase.POSTGRES_BACK) {
            phase = Phase.values()[ended.ordinal() + 1];
        }
    }

    /** Every write accepted so far has its event on the topic, and every registration is projected. */
    private void awaitCaughtUp(EventPipeline pipeline) {
        Set<String> registered = accepted(Outcome::partnerId, "partner-service");
        Set<String> created = accepted(Outcome::customerId, "customer-service");
        Awaitility.await("accepted writes published and applied").atMost(CATCH_UP).pollInterval(Duration.ofMillis(100))
                .until(() -> pipeline.registrationsApplied(registered) && pipeline.subCustomersPublished(created));
    }

    private Outcome register(Phase current) {
        String partnerId = Tokens.newPartnerId();
        return send(current, suite.partnerService(), "/v2/partners/registrations", partnerId,
                new JsonObject(PartnerServiceApi.registration(partnerId)), null);
    }

    private Outcome createSubCustomer(Phase current, String partnerId) {
        JsonObject body = new JsonObject(Map.of("xaccount_id", "erp-" + UUID.randomUUID(),
                "xaccount_type", PartnerServiceApi.platformOf(partnerId)));
        return send(current, suite.customerService(), "/v2/partners/sub-customers", partnerId, body, "domain_id");
    }

    private static Outcome send(Phase current, ServiceProcess service, String path, String partnerId, JsonObject body,
                                String createdField) {
        String name = service == suite.partnerService() ? "partner-service" : "customer-service";
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.baseUri() + path))
                .timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + Tokens.partner(partnerId))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.encode()))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            JsonObject answer = response.body().startsWith("{") ? new JsonObject(response.body()) : new JsonObject();
            return new Outcome(current, name, response.statusCode(), answer.getString("error_code"),
                    response.headers().firstValue("Retry-After").orElse(null), partnerId,
                    createdField == null ? null : answer.getString(createdField));
        } catch (IOException e) {
            return new Outcome(current, name, -1, e.getClass().getSimpleName(), null, partnerId, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean ready(ServiceProcess service) {
        try {
            return service.ready();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The partner ids (registrations) or customer ids (sub-customers) of the accepted writes to one service. */
    private Set<String> accepted(Function<Outcome, String> id, String service) {
        return outcomes.stream().filter(o -> o.accepted() && o.service().equals(service)).map(id)
                .collect(Collectors.toSet());
    }

    private Report report(EventPipeline pipeline) throws Exception {
        Set<String> registered = accepted(Outcome::partnerId, "partner-service");
        Set<String> created = accepted(Outcome::customerId, "customer-service");
        awaitCaughtUp(pipeline);
        List<EventPipeline.Published> registrations = pipeline.registrations(registered);
        List<EventPipeline.Published> subCustomers = pipeline.subCustomersCreated(created);
        Set<String> registrationIds = registrations.stream().map(EventPipeline.Published::eventId)
                .collect(Collectors.toSet());
        return new Report(List.copyOf(outcomes), registered, created, registrations, subCustomers,
                pipeline.timesApplied(registrationIds), pipeline.registeredInProjection(registered),
                pipeline.partnerOutbox(registered), pipeline.customerOutbox(readyPartners), Map.copyOf(recoveries),
                stayedReadyWithoutKafka);
    }

    /** The figures of one run, printed, and the assertions on them. */
    record Report(List<Outcome> outcomes, Set<String> registered, Set<String> created,
                  List<EventPipeline.Published> registrations, List<EventPipeline.Published> subCustomers,
                  Map<String, Long> applied, long projected, EventPipeline.OutboxRows partnerOutbox,
                  EventPipeline.OutboxRows customerOutbox, Map<String, Recovery> recoveries,
                  boolean stayedReadyWithoutKafka) {

        List<Outcome> serverErrorsWhilePostgresUp() {
            return outcomes.stream().filter(o -> o.phase() != Phase.POSTGRES_DOWN)
                    .filter(o -> o.status() >= 500 || o.status() < 0).toList();
        }

        List<Outcome> serverErrorsWhilePostgresDown() {
            return outcomes.stream().filter(o -> o.phase() == Phase.POSTGRES_DOWN)
                    .filter(o -> o.status() >= 500 || o.status() < 0).toList();
        }

        static long duplicates(List<EventPipeline.Published> records) {
            return records.size() - records.stream().map(EventPipeline.Published::eventId).distinct().count();
        }

        String text() {
            StringBuilder text = new StringBuilder("\n=== Kafka and PostgreSQL restarted under load ===\n");
            text.append(String.format("requests sent: %d (%d writers, %d phases of %d requests each)%n",
                    outcomes.size(), WRITERS, Phase.values().length, WRITERS * REQUESTS_PER_WRITER_PER_PHASE));
            Map<Phase, Map<String, Long>> answers = new EnumMap<>(Phase.class);
            outcomes.forEach(o -> answers.computeIfAbsent(o.phase(), p -> new TreeMap<>())
                    .merge(o.status() < 0 ? "no answer" : o.status() + (o.errorCode() == null ? "" : " " + o.errorCode()),
                            1L, Long::sum));
            answers.forEach((p, counts) -> text.append(String.format("  %-13s %s%n", p, counts)));
            text.append(String.format("requests answered 5xx while PostgreSQL was up: %d (target 0)%n",
                    serverErrorsWhilePostgresUp().size()));
            text.append(String.format("requests answered 5xx while PostgreSQL was down: %d, of them 503 CBC.91000006: %d%n",
                    serverErrorsWhilePostgresDown().size(), serverErrorsWhilePostgresDown().stream()
                            .filter(o -> o.status() == 503 && "CBC.91000006".equals(o.errorCode())).count()));
            text.append(String.format("API ready on both services while Kafka was down: %s%n", stayedReadyWithoutKafka));
            text.append(String.format("partner.registered: %d writes accepted; outbox rows %d, sent %d, parked %d; "
                            + "records on partner.events %d (%d distinct, %d duplicates)%n",
                    registered.size(), partnerOutbox.total(), partnerOutbox.sent(), partnerOutbox.parked(),
                    registrations.size(), registrations.size() - duplicates(registrations), duplicates(registrations)));
            text.append(String.format("  applied by customer-service: %d events in processed_event, %d applied more than "
                            + "once; %d partners registered in partner_projection%n",
                    applied.size(), applied.values().stream().filter(times -> times > 1).count(), projected));
            text.append(String.format("customer.sub_customer_created: %d writes accepted; outbox rows %d, sent %d, "
                            + "parked %d; records on customer.events %d (%d distinct, %d duplicates)%n",
                    created.size(), customerOutbox.total(), customerOutbox.sent(), customerOutbox.parked(),
                    subCustomers.size(), subCustomers.size() - duplicates(subCustomers), duplicates(subCustomers)));
            recoveries.forEach((server, recovery) -> text.append(String.format(
                    "%s restart: the server took %d ms to start, then %d ms until every accepted write was published "
                            + "and applied%n", server, recovery.restart().toMillis(), recovery.catchUp().toMillis())));
            return text.toString();
        }

        void assertNothingLostOrDuplicated() {
            assertThat(serverErrorsWhilePostgresUp()).as("5xx or no answer while PostgreSQL was up").isEmpty();
            assertThat(serverErrorsWhilePostgresDown()).as("answers while PostgreSQL was down").isNotEmpty()
                    .allSatisfy(o -> {
                        assertThat(o.status()).as("status").isEqualTo(503);
                        assertThat(o.errorCode()).as("error code").isEqualTo("CBC.91000006");
                        assertThat(o.retryAfter()).as("Retry-After").isNotBlank();
                    });
            assertThat(stayedReadyWithoutKafka).as("both services ready while Kafka was down").isTrue();
            assertThat(outcomes).as("writes accepted while Kafka was down")
                    .anyMatch(o -> o.phase() == Phase.KAFKA_DOWN && o.accepted());

            Set<String> publishedRegistrations = registrations.stream().map(EventPipeline.Published::key)
                    .collect(Collectors.toSet());
            assertThat(publishedRegistrations).as("partners whose registration is on partner.events")
                    .containsAll(registered);
            assertThat(subCustomers.stream().map(EventPipeline.Published::subject).collect(Collectors.toSet()))
                    .as("sub-customers whose creation is on customer.events").containsAll(created);
            assertThat(applied.keySet()).as("registration events applied by customer-service")
                    .containsExactlyInAnyOrderElementsOf(registrations.stream()
                            .map(EventPipeline.Published::eventId).collect(Collectors.toSet()));
            assertThat(applied.values()).as("times each event was applied").containsOnly(1L);
            assertThat(projected).as("accepted registrations in customer-service's projection")
                    .isEqualTo(registered.size());
            assertThat(partnerOutbox.parked() + customerOutbox.parked()).as("parked outbox rows").isZero();
        }
    }
}
