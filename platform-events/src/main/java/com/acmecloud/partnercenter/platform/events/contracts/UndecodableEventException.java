package com.acmecloud.partnercenter.platform.events.contracts;

/** A message that can never be processed, however often it is retried: it goes to the dead-letter topic. */
public class UndecodableEventException extends RuntimeException {

    public UndecodableEventException(String reason) {
        super(reason);
    }
}
