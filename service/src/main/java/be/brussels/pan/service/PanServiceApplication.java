package be.brussels.pan.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The PAN service: the engine and the planner behind a REST API, with a real database. */
@SpringBootApplication
public class PanServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(PanServiceApplication.class, args);
    }
}
