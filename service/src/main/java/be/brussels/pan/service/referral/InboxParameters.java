package be.brussels.pan.service.referral;

import be.brussels.pan.service.web.BadInputException;
import be.brussels.pan.service.web.Echo;
import be.brussels.pan.service.web.PlainText;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The query parameters of {@code GET /api/v1/referrals}, read into a {@link ReferralQuery}: each bad one is a 400
 * naming it. An empty parameter (a form's "any") is the same as none; a status, date, page or size of whitespace
 * only is a 400 (issue 15), where it used to be read as none.
 */
final class InboxParameters {

    /** An ISO date with a four-digit year (as the statistics read them). */
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    /** The longest reference (diagnoses.reference), offer id and organisation (the referrals columns). */
    private static final int MAX_Q = 64;
    private static final int MAX_ID = 100;

    private InboxParameters() {
    }

    static ReferralQuery query(String q, List<String> status, String from, String to, String offerId,
                               String organisation, String page, String size) {
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw new BadInputException("from", "from " + fromDate + " is after to " + toDate);
        }
        return new ReferralQuery(text("q", q, MAX_Q), statuses(status), fromDate, toDate, text("offerId", offerId, MAX_ID),
                text("organisation", organisation, MAX_ID), number("page", page, 0, Integer.MAX_VALUE, 0),
                number("size", size, 1, ReferralQuery.MAX_SIZE, ReferralQuery.MAX_SIZE));
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        PlainText.require(field, value, max);
        return value.strip();
    }

    /**
     * The {@code status} parameters as sent: repeated, or comma-separated in one ({@code SENT,ACCEPTED}). Read from
     * the raw values because Spring's binding of a list trims each value, which made a blank status an empty one.
     */
    static List<String> rawStatuses(String[] values) {
        if (values == null) {
            return null;
        }
        List<String> statuses = new java.util.ArrayList<>();
        for (String value : values) {
            statuses.addAll(Arrays.asList(value.split(",", -1)));
        }
        // "status=" alone is a form's "any", as before; "SENT," keeps its empty last part, which is skipped too
        return statuses;
    }

    private static Set<ReferralStatus> statuses(List<String> values) {
        Set<ReferralStatus> statuses = EnumSet.noneOf(ReferralStatus.class);
        if (values == null) {
            return statuses;
        }
        for (String value : values) {
            String given = given("status", value);
            if (given == null) {
                continue;
            }
            try {
                statuses.add(ReferralStatus.valueOf(given));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("status", Echo.of(value) + " is not one of " + Arrays.toString(ReferralStatus.values()));
            }
        }
        return statuses;
    }

    private static LocalDate date(String field, String value) {
        String given = given(field, value);
        if (given == null) {
            return null;
        }
        // Four-digit years only: a date the databases and the day after it can hold.
        if (DATE.matcher(given).matches()) {
            try {
                return LocalDate.parse(given);
            } catch (DateTimeParseException e) {
                // falls through to the one message
            }
        }
        throw new BadInputException(field, Echo.of(value) + " is not an ISO date like 2026-11-30");
    }

    private static int number(String field, String value, int min, int max, int absent) {
        String given = given(field, value);
        if (given == null) {
            return absent;
        }
        int n;
        try {
            n = Integer.parseInt(given);
        } catch (NumberFormatException e) {
            throw new BadInputException(field, Echo.of(value) + " is not a whole number from " + min + " to " + max);
        }
        if (n < min || n > max) {
            throw new BadInputException(field, n + " is not from " + min + " to " + max);
        }
        return n;
    }

    /**
     * A status, date or number parameter: absent when not sent or empty (what a form sends for a filter left empty),
     * else its value without surrounding spaces. Whitespace only is a 400 (issue 15): it is neither a value nor
     * clearly "no filter", and reading it as absent hid a client's mistake.
     */
    private static String given(String field, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.isBlank()) {
            throw new BadInputException(field, "is blank (whitespace only): leave it out or give a value");
        }
        return value.strip();
    }
}
