package qc.passerelle.students.validation;

import java.time.LocalDate;
import java.util.regex.Pattern;
import qc.passerelle.web.InvalidFieldException;

/**
 * An intake term is a year and a season, as the contracts write it ({@code 2027-FALL}); programs take students for
 * the coming terms, so a term more than a year past or more than five years ahead is a typing error.
 */
public final class IntakeTerms {

    private static final Pattern TERM = Pattern.compile("([0-9]{4})-(WINTER|SUMMER|FALL)");
    private static final int YEARS_AHEAD = 5;

    private IntakeTerms() {
    }

    public static String require(String field, String term, LocalDate today) {
        var matcher = term == null ? null : TERM.matcher(term);
        if (matcher == null || !matcher.matches()) {
            throw new InvalidFieldException(field, "'" + term + "' is not an intake term such as 2027-FALL (WINTER, SUMMER or FALL)");
        }
        int year = Integer.parseInt(matcher.group(1));
        if (year < today.getYear() - 1 || year > today.getYear() + YEARS_AHEAD) {
            throw new InvalidFieldException(field, "an intake term is between " + (today.getYear() - 1) + " and "
                    + (today.getYear() + YEARS_AHEAD));
        }
        return term;
    }
}
