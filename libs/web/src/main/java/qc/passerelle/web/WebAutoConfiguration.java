package qc.passerelle.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;

@AutoConfiguration
@Import(ProblemAdvice.class)
public class WebAutoConfiguration {
}
