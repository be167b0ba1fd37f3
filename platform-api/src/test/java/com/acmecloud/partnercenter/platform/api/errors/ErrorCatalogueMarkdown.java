package com.acmecloud.partnercenter.platform.api.errors;

/** Renders docs/errors.md from {@link CbcError}. */
final class ErrorCatalogueMarkdown {

    private ErrorCatalogueMarkdown() {
    }

    static String render() {
        StringBuilder md = new StringBuilder();
        md.append("# Error codes\n\n")
                .append("<!-- Generated from CbcError.java by ErrorCatalogueTest; do not edit by hand. -->\n\n")
                .append("Every failed request answers with this body (Huawei's two fields first):\n\n")
                .append("```json\n")
                .append("{\"error_code\": \"CBC.0100\", \"error_msg\": \"Parameter error: the request failed input validation.\",\n")
                .append(" \"request_id\": \"0f6f7a0c-3a47-4a8e-9d3c-1b2f6f0c9e21\",\n")
                .append(" \"details\": [{\"field\": \"contact_email\", \"error_code\": \"CBC.0100\", \"error_msg\": \"must be a well-formed email address\"}]}\n")
                .append("```\n\n")
                .append("`request_id` equals the `X-Request-Id` response header (sent on every response). ")
                .append("4xx: fix the request and send it again. 5xx: our fault; retry later and quote the request id. ")
                .append("Codes `CBC.0xxx`, `CBC.99xxxxxx` are Huawei's, with Huawei's meaning and HTTP status; ")
                .append("codes `CBC.91xxxxxx` are ours (a range Huawei does not use).\n\n")
                .append("| Code | HTTP | Retryable | Message | 中文 |\n")
                .append("|---|---|---|---|---|\n");
        for (CbcError error : CbcError.values()) {
            md.append("| `").append(error.code()).append("` | ").append(error.httpStatus()).append(" | ")
                    .append(error.retryable() ? "yes" : "no").append(" | ").append(error.message()).append(" | ")
                    .append(error.messageZh()).append(" |\n");
        }
        return md.toString();
    }
}
