package com.acmecloud.partnercenter.platform.api.errors;

/** Java property names as the snake_case names of the wire format. */
final class JsonNames {

    private JsonNames() {
    }

    static String snakeCase(String javaName) {
        StringBuilder out = new StringBuilder(javaName.length() + 4);
        for (char c : javaName.toCharArray()) {
            if (Character.isUpperCase(c)) {
                if (!out.isEmpty()) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
