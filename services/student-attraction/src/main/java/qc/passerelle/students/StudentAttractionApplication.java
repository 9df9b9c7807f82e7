package qc.passerelle.students;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class StudentAttractionApplication {

    public static void main(String[] args) {
        SpringApplication.run(StudentAttractionApplication.class, args);
    }
}
