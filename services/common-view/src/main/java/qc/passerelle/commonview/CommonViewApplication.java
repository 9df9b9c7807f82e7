package qc.passerelle.commonview;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
@org.springframework.scheduling.annotation.EnableScheduling
public class CommonViewApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommonViewApplication.class, args);
    }
}
