package com.acmecloud.partnercenter.customer.associations.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssociationTypeChangeListResponse")
public record AssociationTypeChangeListResponse(
        @Schema(description = "How many requests match (all pages)") long totalCount,
        List<AssociationTypeChangeResponse> associationTypeChanges) {
}
