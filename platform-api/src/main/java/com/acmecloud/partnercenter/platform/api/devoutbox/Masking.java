package com.acmecloud.partnercenter.platform.api.devoutbox;

/** How a recipient may appear in a log: enough to tell messages apart, not enough to contact the person. */
public final class Masking {

    private Masking() {
    }

    /** {@code 0086-13912340732} → {@code 0086-139****0732}; {@code li.lei@example.com} → {@code l***@example.com}. */
    public static String recipient(String to) {
        if (to == null) {
            return null;
        }
        int at = to.indexOf('@');
        if (at >= 0) {
            return (at > 0 ? to.charAt(0) : "") + "***" + to.substring(at);
        }
        if (to.length() <= 8) {
            return "****";
        }
        return to.substring(0, to.length() - 8) + "****" + to.substring(to.length() - 4);
    }
}
