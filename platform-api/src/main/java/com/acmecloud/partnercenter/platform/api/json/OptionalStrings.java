package com.acmecloud.partnercenter.platform.api.json;

/** Huawei's APIs treat an empty optional string field as absent; these turn such a field into null. */
public final class OptionalStrings {

    private OptionalStrings() {
    }

    /** Null for null or {@code ""}; any other value as it is. */
    public static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /** Null for null or only blanks; any other value trimmed. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
