package com.acmecloud.partnercenter.customer.verification.service;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A local stand-in of Huawei MSGSMS's {@code POST /sms/batchSendSms/v1}: records each request (headers and form) and
 * answers what the test set ({@link #answer}); points {@code partnercenter.sms.huawei.endpoint} at itself.
 */
public class HuaweiSmsStandIn implements QuarkusTestResourceLifecycleManager {

    /** A request as received. */
    public record Received(String method, String path, String contentType, String authorization, String wsse,
                           MultiMap form) {
    }

    static final String APP_KEY = "stand-in-app-key";
    static final String APP_SECRET = "stand-in-app-secret-0123456789";
    static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    static volatile int status = 200;
    static volatile String body = "";

    private Vertx vertx;

    static void answer(int httpStatus, String json) {
        status = httpStatus;
        body = json;
    }

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> {
            request.setExpectMultipart(true);
            request.endHandler(ignored -> {
                RECEIVED.add(new Received(request.method().name(), request.path(), request.getHeader("Content-Type"),
                        request.getHeader("Authorization"), request.getHeader("X-WSSE"), request.formAttributes()));
                request.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body);
            });
        });
        try {
            server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the MSGSMS stand-in did not start", e);
        }
        return Map.of("partnercenter.sms.provider", "huawei",
                "partnercenter.sms.huawei.endpoint", "http://127.0.0.1:" + server.actualPort(),
                "partnercenter.sms.huawei.app-key", APP_KEY,
                "partnercenter.sms.huawei.app-secret", APP_SECRET,
                "partnercenter.sms.huawei.sender", "8824110605001",
                "partnercenter.sms.huawei.template-id-zh", "tpl-zh-0001",
                "partnercenter.sms.huawei.template-id-en", "tpl-en-0001",
                "partnercenter.sms.huawei.signature", "AcmeCloud",
                "partnercenter.sms.huawei.timeout", "PT2S");
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
