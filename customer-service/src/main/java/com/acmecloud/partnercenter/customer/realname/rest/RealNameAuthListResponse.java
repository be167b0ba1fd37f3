package com.acmecloud.partnercenter.customer.realname.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RealNameAuthListResponse")
public record RealNameAuthListResponse(long totalCount, List<RealNameAuthResponse> realnameAuths) {
}
