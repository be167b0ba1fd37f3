package com.acmecloud.partnercenter.suite;

import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.platform.test.KafkaBrokerResource;
import com.acmecloud.partnercenter.platform.test.Tokens;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bank test: billing-gateway's money under many concurrent operations of several partners while billing-gateway
 * itself is killed and started again and the Kafka broker is stopped and started, with duplicate requests and retries
 * after client-side timeouts — and afterwards the books must be exact.
 *
 * <p>Set-up: three partners and a distributor whose cloud reseller accepted its link, each direct partner and the
 * reseller with resale customers created in customer-service, money recharged by an operator, a coupon quota per direct
 * partner. Then a fixed, seeded list of operations runs on {@value #WORKERS} threads: recharges (operator),
 * allocations and reclaims (the partner, or the distributor for its reseller), coupon issues from the quotas, the
 * distributor's indirect-partner adjust and reclaim, and disassociations in customer-service (billing then returns the
 * unspent allocation, BEUNBIND, from {@code customer.events}). Every operation carries its own key (the
 * {@code Idempotency-Key} header, or for some money moves only the body {@code trans_id}); some are sent twice at the
 * same moment, some first with a read timeout too short to see the answer; an attempt that gets no answer or a 5xx
 * (billing is down, or restarting) is sent again with the same key until an answer comes. At a quarter of the
 * operations billing-gateway is killed (SIGKILL) and started again; between half and three quarters the broker is
 * down.
 *
 * <p>The invariant the ledger models is double entry: every movement is one transaction of entries that add up to
 * zero, and money enters only from the platform's funding accounts (a recharge posts FUNDING_CASH → partner CASH). So
 * the sum of every account's balance, the platform's included, is 0.00, and the money held by partners and customers
 * equals what the operator recharged (the only way in during this test) — which must also equal what the test was
 * told was recharged, each recharge operation counted once however often it was sent.
 *
 * <p>Asserted once everything is quiet (outboxes empty, every event consumed; Awaitility, no sleeps): every sent copy
 * of an operation got the same final answer (one trans id per key); each operation that succeeded is exactly one
 * ledger transaction with its key and amount, each refused one none; money conserved to the cent; no balance ever
 * negative (accounts, every entry's balance_after, every partner's allocatable amount after every entry);
 * {@code ledger_balance_mismatch} empty; each movement published once (one event id per trans id on billing.events,
 * read by a probe consumer) and applied once by customer-service's billing.events consumer; each disassociation applied
 * once by billing, at most one BEUNBIND per disassociation and nothing left on a departed customer's account; coupon
 * quotas conserved (balance + what its unreclaimed coupons hold = the quota's value) and one coupon_issued event per coupon.
 * The figures are printed.
 */
class BankIT {

    private static final int WORKERS = 6;
    private static final int OPERATIONS = 300;
    private static final int DIRECT_PARTNERS = 3;
    private static final int CUSTOMERS_PER_PARTNER = 4;
    private static final int RESELLER_CUSTOMERS = 3;
    private static final long SEED = 20261202L;
    private static final Duration PROJECTED = Duration.ofSeconds(60);
    private static final Duration ANSWERED = Duration.ofSeconds(90);
    /** Short enough that the answer of a money move is usually not awaited: the client gives up, then retries. */
    private static final Duration IMPATIENT = Duration.ofMillis(40);
    private static final Duration PATIENT = Duration.ofSeconds(20);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    static final Set<String> MOVEMENT_EVENTS = Set.of("billing.partner_account_recharged.v1",
            "billing.funds_allocated.v1", "billing.funds_reclaimed.v1", "billing.funds_unbind_reclaimed.v1",
            "billing.indirect_partner_funds_allocated.v1", "billing.indirect_partner_funds_reclaimed.v1");
    static final Set<String> MOVEMENT_TYPES = Set.of("RECHARGE", "BEADJUST", "BERETRIEVE", "BEUNBIND", "TRANS");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    enum Kind { RECHARGE, ALLOCATE, RECLAIM, COUPONS, INDIRECT_ADJUST, INDIRECT_RECLAIM, DISASSOCIATE }

    /** One planned operation: who calls what with which key; {@code copies} sent at once; {@code impatient} first. */
    record Operation(int index, Kind kind, String caller, String partner, String customer, BigDecimal amount,
                     String key, boolean keyInBody, int copies, boolean impatient) {
    }

    /** One HTTP exchange ({@code status} -1: no answer, e.g. timed out or billing down). */
    record Answer(int status, JsonObject body, boolean replayed) {

        boolean isFinal() {
            return status >= 200 && status < 500 && status != 429;
        }

        String errorCode() {
            return body.getString("error_code");
        }

        /** The movement's id in the answer (transfer_id, trans_id) or the coupon ids, whichever the operation has. */
        String identity() {
            if (body.containsKey("coupon_infos")) {
                return body.getJsonArray("coupon_infos").encode() + body.getJsonArray("error_details", new JsonArray());
            }
            return Objects.requireNonNullElse(body.getString("transfer_id"),
                    Objects.requireNonNullElse(body.getString("trans_id"), body.encode()));
        }
    }

    /**
     * What became of one operation: the final answer of each copy, and how many attempts were sent. Its answer is the
     * success if a copy succeeded: a refused copy stores nothing (a failed request may be retried with its key), so
     * a copy that comes later may succeed where an earlier one was refused.
     */
    record Outcome(Operation operation, List<Answer> finals, int attempts, int replays) {

        Answer answer() {
            return finals.stream().filter(a -> a.status() == 200).findFirst().orElse(finals.get(0));
        }

        boolean succeeded() {
            return answer().status() == 200;
        }
    }

    private static Suite suite;
    private static volatile ServiceProcess billing;
    private static final List<String> directPartners = new ArrayList<>();
    private static String distributor;
    private static String reseller;
    private static final Map<String, List<String>> customersOf = new LinkedHashMap<>();
    private static final Map<String, String> quotaOf = new HashMap<>();
    private static BigDecimal setUpRecharges = BigDecimal.ZERO.setScale(2);

    private static Duration setUpTime;

    private final Collection<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final List<String> restarts = new ArrayList<>();

    @BeforeAll
    static void setUp() throws Exception {
        long starting = System.nanoTime();
        suite = Suite.start();
        // billing's budget freeze of every new resale customer would make each disassociation wait for the partner's
        // unfreeze, and the per-caller rate limit would turn this load into 429s: both have tests of their own
        billing = suite.startBillingGateway(Map.of("BUDGET_FREEZE_ON_ASSOCIATION", "false",
                "RATE_LIMIT_ENABLED", "false"));
        PartnerServiceApi partners = new PartnerServiceApi(suite.partnerService());
        CustomerServiceApi customers = new CustomerServiceApi(suite.customerService());
        for (int i = 0; i < DIRECT_PARTNERS; i++) {
            directPartners.add(partners.registeredPartner());
        }
        distributor = partners.distributor();
        reseller = partners.cloudReseller();
        partners.link(distributor, reseller);
        List<String> withCustomers = new ArrayList<>(directPartners);
        withCustomers.add(reseller);
        withCustomers.forEach(partners::assignPlatform);

        // billing serves a partner once it projected partner.registered (403 CBC.5001 before), and the distributor's
        // calls for its reseller once it projected the accepted link (CBC.99000037 before)
        for (String partner : allPartners()) {
            await("billing knows " + partner).until(() -> billing.as(Tokens.partner(partner))
                    .get("/v2/accounts/partner-accounts/balances").statusCode() == 200);
        }
        await("billing knows the link").until(() -> billing.as(Tokens.partner(distributor))
                .queryParam("indirect_partner_id", reseller)
                .get("/v2/accounts/partner-accounts/balances").statusCode() == 200);

        // customer-service creates a partner's customers once it projected the registration and the platform id
        // (403 CBC.5001 before): billing's projection says nothing about customer-service's
        for (String partner : withCustomers) {
            PartnerProjectionRow.await(suite.customerDatabase(), partner,
                    row -> row.registered() && PartnerServiceApi.platformOf(partner).equals(row.xaccountType()));
        }
        for (String partner : withCustomers) {
            int count = partner.equals(reseller) ? RESELLER_CUSTOMERS : CUSTOMERS_PER_PARTNER;
            customersOf.put(partner, IntStream.range(0, count).mapToObj(i -> customers.createSubCustomer(partner)
                    .then().statusCode(200).extract().<String>path("domain_id")).toList());
        }
        for (String partner : directPartners) {
            setUpRecharges = setUpRecharges.add(recharge(partner, "2000.00"));
            quotaOf.put(partner, grantQuota(partner));
        }
        setUpRecharges = setUpRecharges.add(recharge(distributor, "3000.00"));
        // every resale association has reached billing (customer.events): the customers' accounts are open
        await("billing projected every resale customer").until(() -> resaleCustomersInBilling()
                == customersOf.values().stream().mapToInt(List::size).sum());
        setUpTime = Duration.ofNanos(System.nanoTime() - starting);
    }

    @AfterAll
    static void tearDown() {
        if (suite != null) {
            // a failed run must not leave the broker stopped for close()
            KafkaBrokerResource.startBroker();
            suite.close();
        }
    }

    @Test
    void everyCentIsAccountedForAfterConcurrentMovesRetriesAndRestarts() throws Exception {
        List<Operation> plan = plan();
        AtomicInteger next = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        ExecutorService copies = Executors.newCachedThreadPool();
        ExecutorService outages = Executors.newSingleThreadExecutor();
        long started = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            List<Future<?>> outagesDone = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                running.add(workers.submit(() -> {
                    for (int i = next.getAndIncrement(); i < plan.size(); i = next.getAndIncrement()) {
                        if (i == OPERATIONS / 4) {
                            synchronized (outagesDone) {
                                outagesDone.add(outages.submit(this::restartBillingGateway));
                            }
                        } else if (i == OPERATIONS / 2) {
                            synchronized (outagesDone) {
                                outagesDone.add(outages.submit(this::stopKafka));
                            }
                        } else if (i == OPERATIONS * 3 / 4) {
                            synchronized (outagesDone) {
                                outagesDone.add(outages.submit(this::startKafka));
                            }
                        }
                        outcomes.add(execute(plan.get(i), copies));
                    }
                    return null;
                }));
            }
            for (Future<?> worker : running) {
                worker.get(5, TimeUnit.MINUTES);
            }
            for (Future<?> outage : outagesDone) {
                outage.get(2, TimeUnit.MINUTES);
            }
        } finally {
            workers.shutdownNow();
            copies.shutdownNow();
            outages.shutdownNow();
        }
        Duration load = Duration.ofNanos(System.nanoTime() - started);

        try (EventPipeline pipeline = new EventPipeline(suite)) {
            Books books = awaitQuiet(pipeline);
            System.out.println(report(load, books));
            assertTheBooks(books);
        }
    }

    // --- the plan ----------------------------------------------------------------------------------------------------

    /** A fixed list of operations (seeded): the same run every time, whatever the threads make of it. */
    private static List<Operation> plan() {
        Random random = new Random(SEED);
        List<String> leaving = new ArrayList<>();
        customersOf.values().forEach(list -> leaving.add(list.get(list.size() - 1)));
        List<Operation> plan = new ArrayList<>();
        for (int i = 0; i < OPERATIONS; i++) {
            int roll = random.nextInt(100);
            Kind kind = roll < 5 ? Kind.RECHARGE : roll < 40 ? Kind.ALLOCATE : roll < 62 ? Kind.RECLAIM
                    : roll < 77 ? Kind.COUPONS : roll < 86 ? Kind.INDIRECT_ADJUST : roll < 94 ? Kind.INDIRECT_RECLAIM
                    : Kind.DISASSOCIATE;
            if (kind == Kind.DISASSOCIATE && leaving.isEmpty()) {
                kind = Kind.ALLOCATE;
            }
            String key = "bank-" + i;
            boolean keyInBody = false;
            int copies = random.nextInt(100) < 12 ? 2 : 1;
            boolean impatient = random.nextInt(100) < 10;
            Operation operation = switch (kind) {
                case RECHARGE -> new Operation(i, kind, null, pick(random, allPartners()), null,
                        cents(random, 5_000, 20_000), key, false, copies, impatient);
                case ALLOCATE, RECLAIM -> {
                    String partner = pick(random, new ArrayList<>(customersOf.keySet()));
                    // the distributor acts for its reseller in half of the reseller's moves
                    String caller = partner.equals(reseller) && random.nextBoolean() ? distributor : partner;
                    keyInBody = random.nextInt(100) < 30;
                    yield new Operation(i, kind, caller, partner, pick(random, customersOf.get(partner)),
                            kind == Kind.ALLOCATE ? cents(random, 100, 8_000) : cents(random, 50, 5_000), key,
                            keyInBody, copies, impatient);
                }
                case COUPONS -> {
                    String partner = pick(random, directPartners);
                    yield new Operation(i, kind, partner, partner, pick(random, customersOf.get(partner)),
                            cents(random, 100, 2_000), key, false, copies, impatient);
                }
                case INDIRECT_ADJUST, INDIRECT_RECLAIM -> new Operation(i, kind, distributor, reseller, null,
                        kind == Kind.INDIRECT_ADJUST ? cents(random, 500, 15_000) : cents(random, 500, 8_000), key,
                        random.nextInt(100) < 30, copies, impatient);
                case DISASSOCIATE -> {
                    String customer = leaving.remove(random.nextInt(leaving.size()));
                    String partner = customersOf.entrySet().stream().filter(e -> e.getValue().contains(customer))
                            .findFirst().orElseThrow().getKey();
                    yield new Operation(i, kind, partner, partner, customer, null, key, false, copies, impatient);
                }
            };
            plan.add(operation);
        }
        return plan;
    }

    private static BigDecimal cents(Random random, int from, int to) {
        return BigDecimal.valueOf(from + random.nextInt(to - from), 2);
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static List<String> allPartners() {
        List<String> all = new ArrayList<>(directPartners);
        all.add(distributor);
        all.add(reseller);
        return all;
    }

    // --- sending -----------------------------------------------------------------------------------------------------

    /** Sends the operation's copies at once; each copy is retried with the same key until it gets a final answer. */
    private Outcome execute(Operation operation, ExecutorService copies) throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger replays = new AtomicInteger();
        List<CompletableFuture<Answer>> sent = new ArrayList<>();
        for (int copy = 0; copy < operation.copies(); copy++) {
            boolean impatient = operation.impatient() && copy == 0;
            sent.add(CompletableFuture.supplyAsync(() -> untilAnswered(operation, impatient, attempts, replays),
                    copies));
        }
        List<Answer> finals = new ArrayList<>();
        for (CompletableFuture<Answer> copy : sent) {
            finals.add(copy.get(3, TimeUnit.MINUTES));
        }
        return new Outcome(operation, finals, attempts.get(), replays.get());
    }

    private Answer untilAnswered(Operation operation, boolean impatient, AtomicInteger attempts,
                                 AtomicInteger replays) {
        if (impatient) {
            Answer first = send(operation, IMPATIENT);
            attempts.incrementAndGet();
            if (first.isFinal()) {
                return counted(first, replays);
            }
        }
        try {
            // no answer or 5xx: billing is down or restarting; the same request again, same key, until it answers
            return counted(Awaitility.await("an answer to operation " + operation.index()).atMost(ANSWERED)
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        attempts.incrementAndGet();
                        return send(operation, PATIENT);
                    }, Answer::isFinal), replays);
        } catch (ConditionTimeoutException e) {
            return new Answer(-1, new JsonObject(), false);
        }
    }

    private static Answer counted(Answer answer, AtomicInteger replays) {
        if (answer.replayed()) {
            replays.incrementAndGet();
        }
        return answer;
    }

    private static Answer send(Operation operation, Duration timeout) {
        String token = operation.caller() == null ? Tokens.operator() : Tokens.partner(operation.caller());
        JsonObject body = new JsonObject();
        String uri;
        switch (operation.kind()) {
            case RECHARGE -> {
                uri = billing.baseUri() + "/v2/operations/partners/" + operation.partner() + "/recharges";
                body.put("amount", operation.amount()).put("reason", "bank test " + operation.index());
            }
            case ALLOCATE, RECLAIM -> {
                uri = billing.baseUri() + "/v2/accounts/partner-accounts/"
                        + (operation.kind() == Kind.ALLOCATE ? "adjust-amount" : "reclaim");
                body.put("customer_id", operation.customer()).put("amount", operation.amount());
                if (!operation.caller().equals(operation.partner())) {
                    body.put("indirect_partner_id", operation.partner());
                }
            }
            case COUPONS -> {
                uri = billing.baseUri() + "/v2/promotions/benefits/partner-coupons";
                body.put("quota_id", quotaOf.get(operation.partner()))
                        .put("customer_ids", new JsonArray().add(operation.customer()))
                        .put("face_value", operation.amount());
            }
            case INDIRECT_ADJUST, INDIRECT_RECLAIM -> {
                uri = billing.baseUri() + "/v2/accounts/partner-accounts/"
                        + (operation.kind() == Kind.INDIRECT_ADJUST ? "indirect-partner-adjust"
                        : "indirect-partner-reclaim");
                body.put("indirect_partner_id", operation.partner()).put("amount", operation.amount());
            }
            case DISASSOCIATE -> {
                uri = suite.customerService().baseUri() + "/v2/partners/sub-customers/" + operation.customer()
                        + "/disassociate";
                body.put("reason", "bank test");
            }
            default -> throw new IllegalStateException();
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).timeout(timeout)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
        if (operation.keyInBody()) {
            body.put("trans_id", operation.key());
        } else {
            request.header("Idempotency-Key", operation.key());
        }
        try {
            HttpResponse<String> response = HTTP.send(request.POST(HttpRequest.BodyPublishers.ofString(body.encode()))
                    .build(), HttpResponse.BodyHandlers.ofString());
            JsonObject answer = response.body().startsWith("{") ? new JsonObject(response.body()) : new JsonObject();
            return new Answer(response.statusCode(), answer,
                    response.headers().firstValue("Idempotency-Replayed").isPresent());
        } catch (IOException e) {
            return new Answer(-1, new JsonObject(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // --- outages -----------------------------------------------------------------------------------------------------

    private Void restartBillingGateway() {
        long killing = System.nanoTime();
        billing = suite.killAndRestart(billing);
        billing.awaitReady(Duration.ofSeconds(120));
        restarts.add(String.format("billing-gateway killed (SIGKILL) and ready again after %d ms",
                Duration.ofNanos(System.nanoTime() - killing).toMillis()));
        return null;
    }

    private Void stopKafka() {
        KafkaBrokerResource.stopBroker();
        restarts.add("Kafka stopped at operation " + OPERATIONS / 2);
        return null;
    }

    private Void startKafka() {
        long starting = System.nanoTime();
        KafkaBrokerResource.startBroker();
        restarts.add(String.format("Kafka started again at operation %d (%d ms)", OPERATIONS * 3 / 4,
                Duration.ofNanos(System.nanoTime() - starting).toMillis()));
        return null;
    }

    // --- the books ---------------------------------------------------------------------------------------------------

    /** Everything the assertions and the report need, read once everything is quiet. */
    record Books(List<Map<String, Object>> transactions, BigDecimal sumOfAllAccounts, BigDecimal heldByPartnersAndCustomers,
                 BigDecimal platformFunding, BigDecimal recharged, long negativeAccounts, long negativeEntries,
                 long negativeAllocatable, long mismatches, List<EventPipeline.Published> movementEvents,
                 List<EventPipeline.Published> couponEvents, Map<String, Long> appliedByCustomerService,
                 List<String> disassociationEvents, Map<String, Long> appliedByBilling, long leftOnDepartedCustomers,
                 long quotasOutOfBalance, long coupons, long unsentOutboxRows) {

        Map<String, Long> byTradeType() {
            return transactions.stream().collect(Collectors.groupingBy(t -> (String) t.get("trade_type"),
                    TreeMap::new, Collectors.counting()));
        }
    }

    private Books awaitQuiet(EventPipeline pipeline) throws Exception {
        Set<String> departed = departedCustomers();
        return Awaitility.await("outboxes drained, every event consumed").atMost(PROJECTED)
                .pollInterval(Duration.ofMillis(500)).until(() -> books(pipeline, departed), this::quiet);
    }

    private boolean quiet(Books books) {
        Set<String> movementIds = books.movementEvents().stream().map(EventPipeline.Published::eventId)
                .collect(Collectors.toSet());
        long movements = books.transactions().stream().filter(t -> MOVEMENT_TYPES.contains(t.get("trade_type"))).count();
        return books.unsentOutboxRows() == 0
                && movementIds.size() >= movements
                && books.appliedByCustomerService().keySet().containsAll(movementIds)
                && books.appliedByBilling().keySet().containsAll(books.disassociationEvents());
    }

    private Books books(EventPipeline pipeline, Set<String> departed) throws SQLException {
        List<EventPipeline.Published> movementEvents = pipeline.billingEvents(MOVEMENT_EVENTS);
        List<EventPipeline.Published> couponEvents = pipeline.billingEvents(
                Set.of("billing.coupon_issued.v1", "billing.coupon_reclaimed.v1"));
        Set<String> movementIds = movementEvents.stream().map(EventPipeline.Published::eventId)
                .collect(Collectors.toSet());
        List<String> disassociations = rows(suite.customerDatabase(),
                "SELECT event_id::text FROM outbox_event WHERE event_type LIKE 'customer.disassociated%'")
                .stream().map(row -> (String) row.get("event_id")).toList();
        Suite.Database db = suite.billingDatabase();
        return new Books(
                rows(db, "SELECT trans_id, trade_type, partner_id, customer_id, counterparty_id, amount, "
                        + "idempotency_key FROM ledger_transaction"),
                decimal(db, "SELECT COALESCE(SUM(balance), 0) FROM account"),
                decimal(db, "SELECT COALESCE(SUM(balance), 0) FROM account WHERE owner_type <> 'PLATFORM'"),
                decimal(db, "SELECT COALESCE(SUM(balance), 0) FROM account WHERE owner_type = 'PLATFORM'"),
                decimal(db, "SELECT COALESCE(SUM(amount), 0) FROM ledger_transaction WHERE trade_type = 'RECHARGE'"),
                count(db, "SELECT count(*) FROM account WHERE owner_type <> 'PLATFORM' AND ("
                        + "(kind IN ('ALLOCATED', 'DESIGNATED') AND balance > 0) "
                        + "OR (kind NOT IN ('ALLOCATED', 'DESIGNATED') AND balance < 0))"),
                count(db, "SELECT count(*) FROM ledger_entry e JOIN account a ON a.account_id = e.account_id "
                        + "WHERE a.owner_type <> 'PLATFORM' AND ("
                        + "(a.kind IN ('ALLOCATED', 'DESIGNATED') AND e.balance_after > 0) "
                        + "OR (a.kind NOT IN ('ALLOCATED', 'DESIGNATED') AND e.balance_after < 0) "
                        + "OR e.partner_allocatable_after < 0)"),
                count(db, "SELECT count(*) FROM (SELECT owner_id FROM account WHERE owner_type = 'PARTNER' "
                        + "AND kind IN ('CASH', 'CREDIT', 'ALLOCATED', 'DESIGNATED') GROUP BY owner_id "
                        + "HAVING SUM(balance) < 0) negative"),
                count(db, "SELECT count(*) FROM ledger_balance_mismatch"),
                movementEvents, couponEvents,
                EventPipeline.timesApplied(suite.customerDatabase(), "customer-service.billing-events", movementIds),
                disassociations,
                EventPipeline.timesApplied(db, "billing-gateway.customer-events", disassociations),
                departed.isEmpty() ? 0 : count(db, "SELECT count(*) FROM account WHERE owner_type = 'CUSTOMER' "
                        + "AND kind = 'ALLOCATED_BALANCE' AND balance <> 0 AND owner_id IN ("
                        + departed.stream().map(id -> "'" + id + "'").collect(Collectors.joining(",")) + ")"),
                // a reclaimed coupon shows balance 0: what it held went back to the quota (nothing is spent here)
                count(db, "SELECT count(*) FROM coupon_quota q WHERE q.balance + COALESCE((SELECT SUM(c.balance) "
                        + "FROM partner_coupon c WHERE c.quota_id = q.quota_id), 0) <> q.quota_value"),
                count(db, "SELECT count(*) FROM partner_coupon"),
                EventPipeline.unsentOutboxRows(db) + EventPipeline.unsentOutboxRows(suite.customerDatabase()));
    }

    private Set<String> departedCustomers() {
        return outcomes.stream().filter(o -> o.operation().kind() == Kind.DISASSOCIATE && o.succeeded())
                .map(o -> o.operation().customer()).collect(Collectors.toSet());
    }

    private void assertTheBooks(Books books) {
        assertThat(outcomes).as("operations that never got an answer").noneMatch(o -> o.answer().status() < 0);
        assertThat(outcomes).as("copies of one operation that succeeded answered alike (one trans id per key)")
                .allSatisfy(o -> assertThat(o.finals().stream().filter(a -> a.status() == 200).map(Answer::identity)
                        .distinct()).as("operation %d (%s)", o.operation().index(), o.operation().kind())
                        .hasSizeLessThanOrEqualTo(1));
        // a copy is never told that its own key was used for another request (CBC.99007009), nor a 5xx
        assertThat(outcomes).as("every copy refused only for a reason the rules give").allSatisfy(o ->
                assertThat(o.finals()).filteredOn(a -> a.status() != 200).allSatisfy(a -> {
                    assertThat(a.status()).as("operation %d %s", o.operation().index(), a.body()).isEqualTo(400);
                    assertThat(a.errorCode()).as("operation %d (%s)", o.operation().index(), o.operation().kind())
                            .isIn("CBC.99005003", "CBC.99000035");
                }));
        Set<String> departed = departedCustomers();
        assertThat(outcomes).as("CBC.99000035 only for customers that left their partner")
                .filteredOn(o -> "CBC.99000035".equals(o.answer().errorCode()))
                .allSatisfy(o -> assertThat(departed).contains(o.operation().customer()));

        // each money operation that succeeded is one ledger transaction with its key and amount; a refused one none
        Map<String, List<Map<String, Object>>> byKey = books.transactions().stream()
                .filter(t -> t.get("idempotency_key") != null && ((String) t.get("idempotency_key")).startsWith("bank-"))
                .collect(Collectors.groupingBy(t -> (String) t.get("idempotency_key")));
        // recharges carry no key into the ledger (the Idempotency-Key record guards them): counted below
        List<Outcome> moves = outcomes.stream().filter(o -> o.operation().amount() != null
                && o.operation().kind() != Kind.COUPONS && o.operation().kind() != Kind.RECHARGE).toList();
        assertThat(moves).allSatisfy(o -> {
            List<Map<String, Object>> posted = byKey.getOrDefault(o.operation().key(), List.of());
            if (o.succeeded()) {
                assertThat(posted).as("ledger transactions of operation %d", o.operation().index()).hasSize(1);
                assertThat((BigDecimal) posted.get(0).get("amount")).isEqualByComparingTo(o.operation().amount());
                assertThat(posted.get(0).get("trans_id")).isEqualTo(o.answer().identity());
            } else {
                assertThat(posted).as("ledger transactions of refused operation %d", o.operation().index()).isEmpty();
            }
        });

        BigDecimal toldRecharged = setUpRecharges.add(outcomes.stream()
                .filter(o -> o.operation().kind() == Kind.RECHARGE && o.succeeded())
                .map(o -> o.operation().amount()).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(books.byTradeType().get("RECHARGE")).as("RECHARGE transactions: set-up and succeeded operations")
                .isEqualTo(DIRECT_PARTNERS + 1 + outcomes.stream()
                        .filter(o -> o.operation().kind() == Kind.RECHARGE && o.succeeded()).count());
        assertThat(books.sumOfAllAccounts()).as("sum of every account, platform funding included")
                .isEqualByComparingTo("0.00");
        assertThat(books.heldByPartnersAndCustomers()).as("money held by partners and customers")
                .isEqualByComparingTo(books.recharged()).isEqualByComparingTo(toldRecharged)
                .isEqualByComparingTo(books.platformFunding().negate());
        assertThat(books.negativeAccounts()).as("accounts below zero (contra accounts above)").isZero();
        assertThat(books.negativeEntries()).as("ledger entries leaving a balance or allocatable amount below zero")
                .isZero();
        assertThat(books.negativeAllocatable()).as("partners whose allocatable amount is below zero").isZero();
        assertThat(books.mismatches()).as("ledger_balance_mismatch rows").isZero();

        Map<String, List<EventPipeline.Published>> eventsByTransId = books.movementEvents().stream()
                .collect(Collectors.groupingBy(e -> e.data().getString("trans_id")));
        Set<String> movementTransIds = books.transactions().stream()
                .filter(t -> MOVEMENT_TYPES.contains(t.get("trade_type"))).map(t -> (String) t.get("trans_id"))
                .collect(Collectors.toSet());
        assertThat(eventsByTransId.keySet()).as("trans ids published on billing.events")
                .containsExactlyInAnyOrderElementsOf(movementTransIds);
        assertThat(eventsByTransId.values()).as("distinct events per movement").allSatisfy(events ->
                assertThat(events.stream().map(EventPipeline.Published::eventId).distinct()).hasSize(1));
        assertThat(books.appliedByCustomerService().keySet()).as("movement events customer-service consumed")
                .containsExactlyInAnyOrderElementsOf(books.movementEvents().stream()
                        .map(EventPipeline.Published::eventId).collect(Collectors.toSet()));
        assertThat(books.appliedByCustomerService().values()).as("times applied").containsOnly(1L);

        assertThat(books.disassociationEvents()).as("disassociation events")
                .hasSize(departedCustomers().size());
        assertThat(books.appliedByBilling()).as("disassociations applied by billing, once each")
                .containsOnlyKeys(books.disassociationEvents()).values().containsOnly(1L);
        Map<String, Long> unbinds = books.transactions().stream().filter(t -> "BEUNBIND".equals(t.get("trade_type")))
                .collect(Collectors.groupingBy(t -> (String) t.get("idempotency_key"), Collectors.counting()));
        assertThat(books.disassociationEvents()).as("BEUNBIND keys are disassociation events")
                .containsAll(unbinds.keySet());
        assertThat(unbinds.values()).as("BEUNBIND per disassociation").containsOnly(1L);
        assertThat(books.leftOnDepartedCustomers()).as("departed customers' accounts still holding money").isZero();

        assertThat(books.quotasOutOfBalance()).as("coupon quotas whose balance + coupons differ from the value")
                .isZero();
        Map<String, Long> issuedPerCoupon = books.couponEvents().stream()
                .filter(e -> e.type().equals("billing.coupon_issued.v1"))
                .collect(Collectors.groupingBy(e -> e.data().getString("coupon_id"), Collectors.counting()));
        assertThat(issuedPerCoupon).as("coupon_issued events per coupon").hasSize((int) books.coupons());
        long issuedByTest = outcomes.stream().filter(o -> o.operation().kind() == Kind.COUPONS && o.succeeded())
                .mapToLong(o -> o.answer().body().getJsonArray("coupon_infos", new JsonArray()).size()).sum();
        assertThat(books.coupons()).as("coupons issued, as the answers said").isEqualTo(issuedByTest);
    }

    private String report(Duration load, Books books) {
        StringBuilder text = new StringBuilder("\n=== BankIT: the books after the load ===\n");
        text.append(String.format("set-up (services, partners, customers, recharges, quotas) %d s; %d operations "
                + "(%d workers) in %d s; restarts: %s%n", setUpTime.toSeconds(), outcomes.size(), WORKERS,
                load.toSeconds(), restarts));
        text.append(String.format("%-18s %9s %9s %-40s %8s %8s %9s%n", "operation", "attempted", "succeeded",
                "refused (by code)", "retried", "copies", "replayed"));
        Map<Kind, List<Outcome>> byKind = outcomes.stream().collect(Collectors.groupingBy(o -> o.operation().kind(),
                TreeMap::new, Collectors.toList()));
        byKind.forEach((kind, list) -> text.append(String.format("%-18s %9d %9d %-40s %8d %8d %9d%n", kind,
                list.size(), list.stream().filter(Outcome::succeeded).count(),
                list.stream().filter(o -> !o.succeeded()).collect(Collectors.groupingBy(
                        o -> o.answer().status() + " " + o.answer().errorCode(), TreeMap::new, Collectors.counting())),
                list.stream().filter(o -> o.attempts() > o.operation().copies()).count(),
                list.stream().mapToInt(o -> o.operation().copies()).sum() - list.size(),
                list.stream().mapToInt(Outcome::replays).sum())));
        text.append(String.format("HTTP attempts in all: %d (impatient first attempts: %d)%n",
                outcomes.stream().mapToInt(Outcome::attempts).sum(),
                outcomes.stream().filter(o -> o.operation().impatient()).count()));
        text.append(String.format("ledger transactions: %d %s%n", books.transactions().size(), books.byTradeType()));
        long distinctEvents = books.movementEvents().stream().map(EventPipeline.Published::eventId).distinct().count();
        text.append(String.format("billing.events movement records: %d = %d events + %d redelivered (at least once: "
                        + "the relay sends again what the broker may not have acknowledged); customer-service applied "
                        + "%d, more than once %d%n", books.movementEvents().size(), distinctEvents,
                books.movementEvents().size() - distinctEvents,
                books.appliedByCustomerService().size(),
                books.appliedByCustomerService().values().stream().filter(n -> n > 1).count()));
        text.append(String.format("disassociations: %d events, applied by billing %d; BEUNBIND transactions %d%n",
                books.disassociationEvents().size(), books.appliedByBilling().size(),
                books.byTradeType().getOrDefault("BEUNBIND", 0L)));
        text.append(String.format("coupons: %d issued, %d coupon events%n", books.coupons(),
                books.couponEvents().size()));
        text.append(String.format("conservation: sum of all accounts %s; held by partners and customers %s = "
                        + "recharged %s = minus platform funding %s%n", books.sumOfAllAccounts(),
                books.heldByPartnersAndCustomers(), books.recharged(), books.platformFunding().negate()));
        text.append(String.format("negative: accounts %d, entries %d, allocatable %d; ledger_balance_mismatch rows %d%n",
                books.negativeAccounts(), books.negativeEntries(), books.negativeAllocatable(), books.mismatches()));
        return text.toString();
    }

    // --- set-up helpers and SQL --------------------------------------------------------------------------------------

    private static BigDecimal recharge(String partner, String amount) {
        billing.as(Tokens.operator()).header("Idempotency-Key", "setup-recharge-" + partner)
                .body(Map.of("amount", new BigDecimal(amount), "reason", "bank test set-up"))
                .post("/v2/operations/partners/{id}/recharges", partner).then().statusCode(200);
        return new BigDecimal(amount);
    }

    private static String grantQuota(String partner) {
        Map<String, Object> quota = new HashMap<>();
        quota.put("partner_id", partner);
        quota.put("quota_type", 0);
        quota.put("quota_value", new BigDecimal("600.00"));
        quota.put("min_face_value", new BigDecimal("1.00"));
        quota.put("max_face_value", new BigDecimal("50.00"));
        quota.put("effective_time", UTC.format(Instant.now().minus(1, ChronoUnit.DAYS)));
        quota.put("expire_time", UTC.format(Instant.now().plus(365, ChronoUnit.DAYS)));
        return billing.as(Tokens.operator()).body(quota).post("/v2/partners/coupon-quotas")
                .then().statusCode(200).extract().path("quota_id");
    }

    private static long resaleCustomersInBilling() throws SQLException {
        List<String> ids = customersOf.values().stream().flatMap(List::stream).toList();
        return count(suite.billingDatabase(), "SELECT count(*) FROM customer_projection WHERE association_type = 2 "
                + "AND customer_id IN (" + ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","))
                + ")");
    }

    private static org.awaitility.core.ConditionFactory await(String what) {
        return Awaitility.await(what).atMost(PROJECTED).pollInterval(Duration.ofMillis(200));
    }

    private static List<Map<String, Object>> rows(Suite.Database database, String sql) throws SQLException {
        try (Connection connection = database.connect();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            List<Map<String, Object>> result = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                Map<String, Object> row = new HashMap<>();
                for (int c = 1; c <= columns; c++) {
                    row.put(rows.getMetaData().getColumnLabel(c), rows.getObject(c));
                }
                result.add(row);
            }
            return result;
        }
    }

    private static BigDecimal decimal(Suite.Database database, String sql) throws SQLException {
        return (BigDecimal) rows(database, sql).get(0).values().iterator().next();
    }

    private static long count(Suite.Database database, String sql) throws SQLException {
        return ((Number) rows(database, sql).get(0).values().iterator().next()).longValue();
    }
}
