package com.acmecloud.partnercenter.gateway.routing;

/** Path templates as OpenAPI writes them ({@code /v2/partners/{partner_id}/members}) and request paths, by segment. */
final class PathTemplates {

    private PathTemplates() {
    }

    /** Segments without the leading slash; one trailing slash is ignored ({@code /a/b/} is {@code /a/b}). */
    static String[] segments(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        if (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.isEmpty() ? new String[0] : p.split("/", -1);
    }

    static boolean isParameter(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    /** The template with every parameter written {@code {}}: two templates that differ only in names are one. */
    static String normalise(String template) {
        StringBuilder out = new StringBuilder();
        for (String segment : segments(template)) {
            out.append('/').append(isParameter(segment) ? "{}" : segment);
        }
        return out.length() == 0 ? "/" : out.toString();
    }
}
