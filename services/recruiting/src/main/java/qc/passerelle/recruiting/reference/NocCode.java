package qc.passerelle.recruiting.reference;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A NOC 2021 unit group: five digits, the first the broad occupational category, the second the TEER category (0 to
 * 5); the first two together are the major group the matching score compares.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@Pattern(regexp = "[0-9][0-5][0-9]{3}")
@ReportAsSingleViolation
public @interface NocCode {

    String message() default "must be a NOC 2021 code: 5 digits, the second (TEER) from 0 to 5, e.g. 21231";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Groups {

        private Groups() {
        }

        /** The major group of a code: its first two digits. */
        public static String major(String code) {
            return code.substring(0, 2);
        }
    }
}
