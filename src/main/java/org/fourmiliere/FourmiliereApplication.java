package org.fourmiliere;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;

/** Fourmilière: the platform on which a self-managed collective of workers runs itself. */
@SpringBootApplication
@EnableAsync
public class FourmiliereApplication {

    public static void main(String[] args) {
        SpringApplication.run(FourmiliereApplication.class, args);
    }
}
