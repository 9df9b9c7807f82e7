package qc.passerelle.devidentity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The local stack's identity provider: run by ./passerelle up with the dev profile, never deployed. */
@SpringBootApplication
public class DevIdentityApplication {

    public static void main(String[] args) {
        SpringApplication.run(DevIdentityApplication.class, args);
    }
}
