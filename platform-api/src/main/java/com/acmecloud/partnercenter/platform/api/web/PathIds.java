package com.acmecloud.partnercenter.platform.api.web;

import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import java.util.UUID;

/** Object ids taken from a path: an id that is not even a UUID names no object, so it is that object's "not found". */
public final class PathIds {

    private PathIds() {
    }

    public static UUID uuid(String raw, CbcError notFound) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw new CbcException(notFound);
        }
    }
}
