package qc.passerelle.francization;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Francization: enrolments, levels on the Québec scale and scholarships, and the enrolments other contexts cause. */
@SpringBootApplication
@EnableScheduling
public class FrancizationApplication {

    public static void main(String[] args) {
        SpringApplication.run(FrancizationApplication.class, args);
    }
}
