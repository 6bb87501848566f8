package vn.motcua.demo;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.security.SignInHints;

/**
 * Loads the demo data on the first start and reuses it on the next ones. Refuses to run with the
 * production profile or against a database other than the embedded one, so demo accounts with a
 * known password can never reach production. Runs before the application reports itself ready,
 * except the steps that may load {@link DemoStep#afterReady after}.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoData {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  /**
   * How long after the start the steps that may wait begin: the first requests (a health check, the
   * sign-in page) run the code for the first time on two cores, and are slow when a long step
   * competes with them.
   */
  static final Duration LATER_AFTER = Duration.ofSeconds(5);

  @Bean
  DemoAccounts demoAccounts() {
    return new DemoAccounts(DemoOrganization.accounts());
  }

  @Bean
  ApplicationRunner demoDataLoader(
      Environment environment,
      DataSource dataSource,
      DemoProperties properties,
      List<DemoStep> steps,
      DemoAccounts accounts,
      TransactionTemplate transaction) {
    return (ApplicationArguments arguments) -> {
      refuseProductionUse(environment, dataSource, properties);
      load(steps.stream().filter(step -> !step.afterReady()).toList(), transaction);
      log.info(describe(accounts));
      List<DemoStep> later = steps.stream().filter(DemoStep::afterReady).toList();
      if (!later.isEmpty()) {
        Thread.ofVirtual()
            .name("demo-data")
            .start(
                () -> {
                  try {
                    Thread.sleep(LATER_AFTER);
                    load(later, transaction);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // stopped before it began: next start
                  } catch (RuntimeException e) {
                    // Nothing half-written (one transaction per step): the next start tries again.
                    log.warn("Demo data could not be loaded in the background", e);
                  }
                });
      }
    };
  }

  private static void load(List<DemoStep> steps, TransactionTemplate transaction) {
    for (DemoStep step : steps) {
      if (!step.present()) {
        long started = System.nanoTime();
        transaction.executeWithoutResult(status -> step.load());
        log.info(
            "Demo data: {} loaded in {} ms",
            step.getClass().getSimpleName(),
            (System.nanoTime() - started) / 1_000_000);
      }
    }
  }

  private static void refuseProductionUse(
      Environment environment, DataSource dataSource, DemoProperties properties) throws Exception {
    if (environment.acceptsProfiles(Profiles.of("prod"))) {
      throw new IllegalStateException(
          "The demo profile cannot run together with the prod profile: demo accounts have known"
              + " passwords.");
    }
    String product =
        JdbcUtils.extractDatabaseMetaData(
            dataSource, metaData -> metaData.getDatabaseProductName());
    if (!"H2".equals(product) && !properties.allowExternalDatabase()) {
      throw new IllegalStateException(
          "The demo profile loads demo data only into the embedded H2 database, not into "
              + product
              + ". Remove the demo profile when a production database is configured.");
    }
  }

  private static String describe(SignInHints accounts) {
    StringBuilder text =
        new StringBuilder("Demo accounts (password '" + DemoAccounts.PASSWORD + "'):");
    for (SignInHints.Hint account : accounts.accounts()) {
      text.append(
          String.format(
              Locale.ROOT,
              "%n  %-12s %-11s %s",
              account.username(),
              account.role(),
              account.agencyName()));
    }
    return text.toString();
  }
}
