package com.acmecloud.partnercenter.platform.api.web;

import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.regex.Pattern;

/** The request id every response carries: the caller's {@code X-Request-Id} if sane, else a new UUID. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final String CONTEXT_KEY = "partnercenter.request-id";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private RequestIds() {
    }

    static String acceptOrCreate(String offered) {
        if (offered != null && ACCEPTED.matcher(offered).matches()) {
            return offered;
        }
        return UUID.randomUUID().toString();
    }

    public static String of(RoutingContext context) {
        if (context == null) {
            return UUID.randomUUID().toString();
        }
        String id = context.get(CONTEXT_KEY);
        return id != null ? id : acceptOrCreate(context.request().getHeader(HEADER));
    }
}
