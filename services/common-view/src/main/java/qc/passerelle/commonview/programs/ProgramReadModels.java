package qc.passerelle.commonview.programs;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import qc.passerelle.commonview.readmodel.ReadModel;

/**
 * The read models fed by the recruiting, students and francization topics. Every value in them is a fact that never
 * changes once known (a member of a set keyed by id, a closure, a level only ever raised with {@code $max}), so they
 * need no sequence guard: any order and any repetition of the same events end in the same documents.
 */
@Configuration(proxyBeanMethods = false)
public class ProgramReadModels {

    /** {@code <personId>} (candidate, prospect or francization person id): the person's steps in those contexts. */
    public static final String PERSONS = "person_timelines";
    /** {@code <jobOfferId>}: the offer's employer and its applications and employment offers. */
    public static final String JOB_OFFERS = "job_offer_views";
    /** {@code <enrolmentId>}: source, starting level, the highest level attained, how it ended. */
    public static final String ENROLMENTS = "enrolment_views";
    /**
     * Per-scope documents of MIFI's figures: {@code mission:<id>}, {@code francization:<source>},
     * {@code students:<country>}, {@code promotion:<eventId>}; and {@code index} listing the scopes.
     */
    public static final String FIGURES = "program_figures";
    public static final String INDEX = "index";

    @Bean
    ReadModel personTimelinesModel() {
        return ReadModel.of(PERSONS);
    }

    @Bean
    ReadModel jobOfferViewsModel() {
        return ReadModel.of(JOB_OFFERS);
    }

    @Bean
    ReadModel enrolmentViewsModel() {
        return ReadModel.of(ENROLMENTS);
    }

    @Bean
    ReadModel programFiguresModel() {
        return ReadModel.of(FIGURES);
    }
}
