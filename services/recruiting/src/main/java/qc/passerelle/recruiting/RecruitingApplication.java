package qc.passerelle.recruiting;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class RecruitingApplication {

    public static void main(String[] args) {
        SpringApplication.run(RecruitingApplication.class, args);
    }
}
