package com.acmecloud.partnercenter.partner.rest;

import com.acmecloud.partnercenter.partner.domain.Program;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApplyToProgramRequest")
public record ApplyToProgramRequest(@NotNull @Schema(examples = "SOLUTION_PROVIDER") Program program) {
}
