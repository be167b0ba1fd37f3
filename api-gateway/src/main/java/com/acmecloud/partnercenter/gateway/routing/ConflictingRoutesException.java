package com.acmecloud.partnercenter.gateway.routing;

import java.util.List;

/** Two services document the same path template: the gateway cannot tell which one owns it and refuses to start. */
public class ConflictingRoutesException extends IllegalStateException {

    private final List<String> conflicts;

    public ConflictingRoutesException(List<String> conflicts) {
        super("Path templates claimed by more than one service: " + String.join("; ", conflicts));
        this.conflicts = List.copyOf(conflicts);
    }

    public List<String> conflicts() {
        return conflicts;
    }
}
