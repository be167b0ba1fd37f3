package com.acmecloud.partnercenter.customer.realname.domain;

/**
 * What the object store said of one attachment (rule 50).
 *
 * @param size        bytes, -1 when the store did not say
 * @param contentType as the store reports it, null when it reports none
 */
public record StoredObject(Lookup lookup, long size, String contentType) {

    public enum Lookup {
        FOUND,
        MISSING,
        /** No store is configured (development): nothing is known, nothing is refused. */
        NOT_CHECKED
    }

    public static final StoredObject MISSING = new StoredObject(Lookup.MISSING, -1, null);
    public static final StoredObject NOT_CHECKED = new StoredObject(Lookup.NOT_CHECKED, -1, null);

    public static StoredObject found(long size, String contentType) {
        return new StoredObject(Lookup.FOUND, size, contentType);
    }
}
