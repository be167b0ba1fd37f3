package com.acmecloud.partnercenter.suite;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * One service as production runs it: its packaged runner jar in a JVM of its own, configured through the
 * environment variables its README documents, output in a log file under {@code target/suite-logs}.
 */
final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;
    private final List<String> command;
    private final Map<String, String> environment;

    private ServiceProcess(String name, int port, Path log, Process process, List<String> command,
                           Map<String, String> environment) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
        this.command = command;
        this.environment = environment;
    }

    /**
     * Starts the service on a free port. {@code environment} holds the service's settings (without the port);
     * {@code systemProperties} holds Quarkus properties that have no environment variable of their own.
     */
    static ServiceProcess start(String name, Path runnerJar, Map<String, String> environment,
                                Map<String, String> systemProperties, Path logDir) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                // a short-lived test process: the C1 compiler alone starts faster and uses less of the shared cores
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC"));
        systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(runnerJar.toString());
        try {
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new UncheckedIOException(name + " could not be started", e);
        }
        return launch(name, port, logDir.resolve(name + ".log"), List.copyOf(command), Map.copyOf(environment),
                ProcessBuilder.Redirect.to(logDir.resolve(name + ".log").toFile()));
    }

    /**
     * Kills this process at once (SIGKILL: no shutdown, in-flight requests and transactions cut off, as when a node
     * dies) and starts the same jar again with the same settings on the same port, so clients find it where it was.
     * The new process appends to the same log. Not ready when this returns: see {@link #awaitReady}.
     */
    ServiceProcess killAndRestart() {
        try {
            process.destroyForcibly().waitFor(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " was not killed", e);
        }
        return launch(name, port, log, command, environment, ProcessBuilder.Redirect.appendTo(log.toFile()));
    }

    private static ServiceProcess launch(String name, int port, Path log, List<String> command,
                                         Map<String, String> environment, ProcessBuilder.Redirect output) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(log.getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output);
            builder.environment().putAll(environment);
            builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
            return new ServiceProcess(name, port, log, builder.start(), command, environment);
        } catch (IOException e) {
            throw new UncheckedIOException(name + " could not be started", e);
        }
    }

    /** Waits until {@code /q/health/ready} answers 200 (database reachable and migrated; the broker is not asked). */
    void awaitReady(Duration timeout) {
        try {
            Awaitility.await(name + " ready").atMost(timeout).pollInterval(Duration.ofMillis(250))
                    .ignoreExceptionsInstanceOf(IOException.class)
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException(name + " exited with " + process.exitValue()
                                    + " while starting; see " + log + "\n" + tail());
                        }
                        return ready();
                    });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException(
                    name + " was not ready within " + timeout + "; see " + log + "\n" + tail(), e);
        }
    }

    /** Whether {@code /q/health/ready} answers 200 now. */
    boolean ready() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUri() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    String baseUri() {
        return "http://localhost:" + port;
    }

    /** A request to this service with the caller's bearer token. */
    RequestSpecification as(String token) {
        return given().baseUri(baseUri()).auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** Stops the service as Kubernetes would (SIGTERM), and kills it if it does not end in time. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Asks the service to stop (SIGTERM) without waiting. */
    void requestStop() {
        process.destroy();
    }

    /** For a JVM shutdown hook: no waiting. */
    void kill() {
        process.destroyForcibly();
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log not readable: " + e.getMessage() + ")";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
