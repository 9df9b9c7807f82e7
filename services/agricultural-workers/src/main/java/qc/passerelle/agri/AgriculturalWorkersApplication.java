package qc.passerelle.agri;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
@org.springframework.scheduling.annotation.EnableScheduling
public class AgriculturalWorkersApplication {

    public static void main(String[] args) {
        SpringApplication.run(AgriculturalWorkersApplication.class, args);
    }
}
