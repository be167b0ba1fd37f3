package com.acmecloud.partnercenter.partner.programs.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Programs that cannot be held together; checked when a partner applies and again when an operator approves.
 *
 * <ul>
 *   <li>Domain rule 4 (the part this service knows): a company with an approved Solution Provider program cannot
 *   become a Cloud Reseller. The company is every partner account whose approved enterprise real-name
 *   authentication carries the same licence number, so a second account does not get round the rule.</li>
 *   <li>ASSUMPTION: a partner cannot be both Distributor (tier 1) and Cloud Reseller (tier 2) — it would be its
 *   own distributor.</li>
 * </ul>
 * The other conditions of rule 4 (special contracts, sub-customer or enterprise accounts, arrears, balances,
 * open resources, postpaid, coupons) concern the cloud account and belong to billing and customer services.
 * Rule 4 constrains only becoming a reseller: a Cloud Reseller may still grow into a Solution Provider.
 */
public final class ProgramConflicts {

    private ProgramConflicts() {
    }

    /**
     * @param heldByPartner  programs the partner itself has joined
     * @param heldByCompany  programs joined by any account of the partner's company (the partner included)
     * @return the held programs that forbid joining {@code program}, empty when there is no conflict
     */
    public static List<Program> conflicting(Program program, Set<Program> heldByPartner, Set<Program> heldByCompany) {
        List<Program> conflicts = new ArrayList<>();
        switch (program) {
            case CLOUD_RESELLER -> {
                if (heldByCompany.contains(Program.SOLUTION_PROVIDER)) {
                    conflicts.add(Program.SOLUTION_PROVIDER);
                }
                if (heldByPartner.contains(Program.DISTRIBUTOR)) {
                    conflicts.add(Program.DISTRIBUTOR);
                }
            }
            case DISTRIBUTOR -> {
                if (heldByPartner.contains(Program.CLOUD_RESELLER)) {
                    conflicts.add(Program.CLOUD_RESELLER);
                }
            }
            case SOLUTION_PROVIDER -> {
                // rule 4 does not stop a reseller from becoming a Solution Provider
            }
        }
        return conflicts;
    }

    /** Why {@code held} forbids {@code program}, in the caller's terms. */
    public static String explain(Program program, Program held) {
        if (program == Program.CLOUD_RESELLER && held == Program.SOLUTION_PROVIDER) {
            return "the company already holds an approved SOLUTION_PROVIDER program (rule 4)";
        }
        return "a partner cannot hold both DISTRIBUTOR and CLOUD_RESELLER";
    }
}
