package com.acmecloud.partnercenter.gateway.routing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which service owns a request path: a tree of path segments built from the services' OpenAPI path templates.
 * A literal segment wins over a {@code {param}} one at the same position ({@code /v2/partners/sub-customers}
 * belongs to customer-service although partner-service has {@code /v2/partners/{partner_id}}); when the literal
 * branch leads nowhere, the parameter branch is tried.
 */
public final class RouteTable {

    /**
     * Operator endpoints every service has for itself (platform-events: its own parked outbox records and dead
     * letters). They are one per service by nature, so they are not part of the one endpoint: an operator calls the
     * service directly. Every other operator path ({@code /v2/operations/partners/{partner_id}/recharges}, ...) has
     * one owner and is routed like any other.
     */
    public static final List<String> PER_SERVICE_PREFIXES = List.of("/v2/operations/outbox/",
            "/v2/operations/dead-letters/");

    private final Node root = new Node();
    private final Map<String, String> ownerByTemplate;

    private RouteTable(Map<String, String> ownerByTemplate) {
        this.ownerByTemplate = Collections.unmodifiableMap(ownerByTemplate);
        ownerByTemplate.forEach((template, owner) -> insert(PathTemplates.segments(template), owner));
    }

    /**
     * Builds the table from each service's path templates.
     *
     * @throws ConflictingRoutesException if a template (parameter names aside) is claimed by two services
     */
    public static RouteTable of(Map<String, ? extends Iterable<String>> templatesByService) {
        Map<String, String> owners = new TreeMap<>();
        Map<String, TreeSet<String>> claims = new TreeMap<>();
        templatesByService.forEach((service, templates) -> {
            for (String template : templates) {
                if (isPerService(template)) {
                    continue;
                }
                String key = PathTemplates.normalise(template);
                claims.computeIfAbsent(key, k -> new TreeSet<>()).add(service);
                owners.putIfAbsent(key, service);
            }
        });
        List<String> conflicts = new ArrayList<>();
        claims.forEach((template, services) -> {
            if (services.size() > 1) {
                conflicts.add(template + " claimed by " + String.join(", ", services));
            }
        });
        if (!conflicts.isEmpty()) {
            throw new ConflictingRoutesException(conflicts);
        }
        return new RouteTable(owners);
    }

    public static boolean isPerService(String template) {
        return PER_SERVICE_PREFIXES.stream().anyMatch(template::startsWith);
    }

    /** The owning service of a request path (raw, without query), if any template matches it. */
    public Optional<String> ownerOf(String path) {
        String[] segments = PathTemplates.segments(path);
        return Optional.ofNullable(match(root, segments, 0));
    }

    /** Every path template (parameters written {@code {}}) with its owner, sorted by template. */
    public Map<String, String> entries() {
        return ownerByTemplate;
    }

    public int size() {
        return ownerByTemplate.size();
    }

    private void insert(String[] segments, String owner) {
        Node node = root;
        for (String segment : segments) {
            node = PathTemplates.isParameter(segment)
                    ? (node.parameter == null ? node.parameter = new Node() : node.parameter)
                    : node.literals.computeIfAbsent(segment, s -> new Node());
        }
        node.owner = owner;
    }

    private static String match(Node node, String[] segments, int index) {
        if (node == null) {
            return null;
        }
        if (index == segments.length) {
            return node.owner;
        }
        String segment = segments[index];
        String owner = match(node.literals.get(segment), segments, index + 1);
        if (owner != null) {
            return owner;
        }
        return segment.isEmpty() ? null : match(node.parameter, segments, index + 1);
    }

    private static final class Node {
        final Map<String, Node> literals = new HashMap<>();
        Node parameter;
        String owner;
    }
}
