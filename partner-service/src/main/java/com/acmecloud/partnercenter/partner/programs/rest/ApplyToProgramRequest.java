package com.acmecloud.partnercenter.partner.programs.rest;

import com.acmecloud.partnercenter.partner.programs.domain.Program;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApplyToProgramRequest")
public record ApplyToProgramRequest(@NotNull @Schema(examples = "SOLUTION_PROVIDER") Program program) {
}
