package com.acmecloud.partnercenter.partner.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** A generated PDF sent as a download named after the document's number. */
final class PdfAttachments {

    static final String PDF = "application/pdf";

    private PdfAttachments() {
    }

    static Response of(byte[] pdf, String documentNumber) {
        return Response.ok(pdf, PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + documentNumber + ".pdf\"")
                .build();
    }
}
