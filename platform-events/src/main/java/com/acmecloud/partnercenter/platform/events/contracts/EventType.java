package com.acmecloud.partnercenter.platform.events.contracts;

/**
 * An event contract: a past-tense name, a version, the topic it travels on and its payload type.
 * Within a version only additive changes are allowed; a breaking change is a new version.
 */
public record EventType<T>(String name, int version, String topic, Class<T> payloadType) {

    /** The CloudEvents {@code type}, e.g. {@code partner.registered.v1}. */
    public String type() {
        return name + ".v" + version;
    }
}
