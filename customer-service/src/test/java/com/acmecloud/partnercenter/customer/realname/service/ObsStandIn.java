package com.acmecloud.partnercenter.customer.realname.service;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A local stand-in of Huawei OBS's HeadObject, path style ({@code HEAD /{bucket}/{key}}): checks the V2 signature as
 * OBS does (403 when the Authorization header is missing or wrong), answers 200 with Content-Length and Content-Type
 * for the objects a test put, 404 for others; buckets named {@code denied-…} answer 403 and {@code broken-…} 500.
 * Points {@code partnercenter.realname.attachments} at itself with {@code store=obs}.
 */
public class ObsStandIn implements QuarkusTestResourceLifecycleManager {

    /** A request as received. */
    public record Received(String method, String path, String date, String authorization) {
    }

    private record StoredObject(long size, String contentType) {
    }

    static final String ACCESS_KEY_ID = "STANDINAK0123456789";
    static final String SECRET_ACCESS_KEY = "stand-in-secret-access-key-0123456789";
    static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    private static final Map<String, StoredObject> OBJECTS = new ConcurrentHashMap<>();

    private Vertx vertx;

    /** Puts an object (its metadata) at {@code /{bucket}/download/{path}}; a null content type sends none. */
    static void put(String bucket, String path, long size, String contentType) {
        OBJECTS.put("/" + bucket + "/download/" + path, new StoredObject(size, contentType));
    }

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(ObsStandIn::handle);
        try {
            server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the OBS stand-in did not start", e);
        }
        return Map.of("partnercenter.realname.attachments.store", "obs",
                // no {bucket} in the endpoint: path style, as this stand-in serves every bucket on one address
                "partnercenter.realname.attachments.obs.endpoint", "http://127.0.0.1:" + server.actualPort(),
                "partnercenter.realname.attachments.obs.access-key-id", ACCESS_KEY_ID,
                "partnercenter.realname.attachments.obs.secret-access-key", SECRET_ACCESS_KEY,
                "partnercenter.realname.attachments.obs.timeout", "PT2S");
    }

    private static void handle(HttpServerRequest request) {
        String path = request.path();
        RECEIVED.add(new Received(request.method().name(), path, request.getHeader("Date"),
                request.getHeader("Authorization")));
        String expected = "OBS " + ACCESS_KEY_ID + ":" + HuaweiObsAttachmentStore.sign(SECRET_ACCESS_KEY,
                request.method().name() + "\n\n\n" + request.getHeader("Date") + "\n" + path);
        String bucket = path.substring(1, path.indexOf('/', 1));
        StoredObject object = OBJECTS.get(path);
        if (!"HEAD".equals(request.method().name()) || request.getHeader("Date") == null
                || !expected.equals(request.getHeader("Authorization")) || bucket.startsWith("denied-")) {
            request.response().setStatusCode(403).end();
        } else if (bucket.startsWith("broken-")) {
            request.response().setStatusCode(500).end();
        } else if (object == null) {
            request.response().setStatusCode(404).end();
        } else {
            if (object.contentType() != null) {
                request.response().putHeader("Content-Type", object.contentType());
            }
            // a HEAD answer has no body: the length is the object's
            request.response().setStatusCode(200).putHeader("Content-Length", Long.toString(object.size())).end();
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
