package vn.motcua.testing;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every application context of the test suite at the test database ({@link TestDatabase}),
 * except one started on a separate database of its own. Outside the test suite (no {@code
 * motcua.test.database} property, e.g. in the benchmarks) it changes nothing.
 */
public class TestDatabaseEnvironment implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (!TestDatabase.selected().isEmpty()
        && !environment.getProperty(TestDatabase.SEPARATE, Boolean.class, false)) {
      environment
          .getPropertySources()
          .addFirst(new MapPropertySource("motcua-test-database", TestDatabase.springProperties()));
    }
  }
}
