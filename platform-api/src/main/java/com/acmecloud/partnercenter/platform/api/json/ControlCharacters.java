package com.acmecloud.partnercenter.platform.api.json;

/**
 * Which characters no request string may carry: the C0 control characters U+0000 to U+001F except tab, line
 * feed and carriage return. PostgreSQL refuses NUL in text outright (a 500 if it got that far), and the other
 * controls have no place in names, numbers or addresses: they only hide text from people and logs.
 */
public final class ControlCharacters {

    /** The reason given to the caller, next to the field's name. */
    public static final String REASON =
            "must not contain control characters (U+0000 to U+001F other than tab, line feed and carriage return)";

    private ControlCharacters() {
    }

    public static boolean isForbidden(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    }

    public static boolean containsForbidden(CharSequence value) {
        if (value == null) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (isForbidden(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
