package com.acmecloud.partnercenter.gateway.proxy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

/**
 * Two real HTTP servers standing in for partner-service ("A") and customer-service and incentive-service ("B"); the
 * origin of billing-gateway is a port nobody listens on. Each server records what it received and echoes it.
 */
public class Upstreams implements QuarkusTestResourceLifecycleManager {

    /** What the upstreams received, in order: server name plus the echo. */
    public static final List<JsonObject> RECEIVED = new CopyOnWriteArrayList<>();

    private HttpServer a;
    private HttpServer b;

    @Override
    public Map<String, String> start() {
        try {
            a = server("A");
            b = server("B");
            int closedPort;
            try (ServerSocket socket = new ServerSocket(0)) {
                closedPort = socket.getLocalPort();
            }
            return Map.of(
                    "gateway.origins.partner-service", "http://127.0.0.1:" + a.getAddress().getPort(),
                    "gateway.origins.customer-service", "http://127.0.0.1:" + b.getAddress().getPort(),
                    "gateway.origins.incentive-service", "http://127.0.0.1:" + b.getAddress().getPort(),
                    "gateway.origins.billing-gateway", "http://127.0.0.1:" + closedPort,
                    "gateway.retry-after-seconds", "7",
                    "gateway.response-timeout", "PT3S");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        SILENT.countDown();
        a.stop(0);
        b.stop(0);
    }

    /** A request whose query holds {@code silent=1} gets no answer until the upstreams stop. */
    static final CountDownLatch SILENT = new CountDownLatch(1);

    private static HttpServer server(String name) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            if (query != null && query.contains("silent=1")) {
                try {
                    SILENT.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.close();
                return;
            }
            echo(name, exchange);
        });
        server.start();
        return server;
    }

    private static void echo(String name, HttpExchange exchange) throws IOException {
        MessageDigest sha = sha256();
        long length = 0;
        StringBuilder text = new StringBuilder();
        try (InputStream in = exchange.getRequestBody()) {
            byte[] chunk = new byte[65536];
            for (int n; (n = in.read(chunk)) > 0; ) {
                sha.update(chunk, 0, n);
                if (length < 4096) {
                    text.append(new String(chunk, 0, Math.min(n, 4096), StandardCharsets.UTF_8));
                }
                length += n;
            }
        }
        JsonObject headers = new JsonObject();
        exchange.getRequestHeaders().forEach((key, values) -> headers.put(key.toLowerCase(), String.join(",", values)));
        JsonObject echo = new JsonObject()
                .put("server", name)
                .put("method", exchange.getRequestMethod())
                .put("uri", exchange.getRequestURI().toString())
                .put("headers", headers)
                .put("body_length", length)
                .put("body_sha256", HexFormat.of().formatHex(sha.digest()))
                .put("body", length <= 4096 ? text.toString() : null);
        RECEIVED.add(echo);
        byte[] body = echo.encode().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("X-Upstream", name);
        exchange.sendResponseHeaders(exchange.getRequestMethod().equals("POST") ? 201 : 200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
