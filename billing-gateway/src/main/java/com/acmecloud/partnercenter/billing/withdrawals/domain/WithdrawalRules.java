package com.acmecloud.partnercenter.billing.withdrawals.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Rule 41 as plain code: the account name check, the arrival date, and how a bank account number is kept. */
public final class WithdrawalRules {

    private WithdrawalRules() {
    }

    /**
     * The bank account's name must be the verified company name: compared after Unicode normalisation (NFKC, so
     * full-width and half-width brackets are equal), ignoring case and runs of blanks.
     */
    public static boolean namesMatch(String accountName, String verifiedCompanyName) {
        return accountName != null && verifiedCompanyName != null
                && normalise(accountName).equals(normalise(verifiedCompanyName));
    }

    private static String normalise(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The day {@code workingDays} working days (Monday to Friday; public holidays are not modelled) after {@code day}. */
    public static LocalDate workingDaysAfter(LocalDate day, int workingDays) {
        LocalDate date = day;
        int left = workingDays;
        while (left > 0) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return date;
    }

    /** The account number without blanks or dashes. */
    public static String digits(String bankAccount) {
        return bankAccount.replaceAll("[\\s-]", "");
    }

    /** Only the last 4 digits are shown: {@code ****1234}. */
    public static String mask(String bankAccount) {
        String digits = digits(bankAccount);
        return "****" + digits.substring(Math.max(0, digits.length() - 4));
    }

    /** HMAC-SHA256 of the account number under the server key: equal numbers give equal hashes, none can be read. */
    public static String hash(String bankAccount, String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(digits(bankAccount).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
