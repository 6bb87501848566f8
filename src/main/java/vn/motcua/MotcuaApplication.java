package vn.motcua;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * MotCua, the electronic one-stop shop: one deployable application made of the modules in
 * DESIGN.md.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class MotcuaApplication {

  public static void main(String[] args) {
    SpringApplication.run(MotcuaApplication.class, args);
  }
}
