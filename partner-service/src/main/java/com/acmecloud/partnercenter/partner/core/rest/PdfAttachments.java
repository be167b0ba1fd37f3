package com.acmecloud.partnercenter.partner.core.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** A generated PDF sent as a download named after the document's number. */
public final class PdfAttachments {

    public static final String PDF = "application/pdf";

    private PdfAttachments() {
    }

    public static Response of(byte[] pdf, String documentNumber) {
        return Response.ok(pdf, PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + documentNumber + ".pdf\"")
                .build();
    }
}
