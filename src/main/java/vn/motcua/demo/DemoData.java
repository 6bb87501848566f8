package vn.motcua.demo;

import java.util.ArrayList;
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
import vn.motcua.organization.AgencyCode;
import vn.motcua.organization.AgencyKind;
import vn.motcua.organization.NewAgency;
import vn.motcua.organization.NewOfficer;
import vn.motcua.organization.Organization;
import vn.motcua.security.Role;
import vn.motcua.security.SignInHints;

/**
 * Loads the demo data on the first start and reuses it on the next ones. Refuses to run with the
 * production profile or against a database other than the embedded one, so demo accounts with a
 * known password can never reach production.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoData {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  static final String PROVINCE_NAME = "UBND thành phố Cần Thơ";
  static final String WARD_NAME = "UBND phường Thốt Nốt";

  @Bean
  DemoAccounts demoAccounts() {
    List<SignInHints.Hint> accounts = new ArrayList<>();
    accounts.add(DemoAccounts.account("tiepnhan", Role.RECEPTION, WARD_NAME));
    accounts.add(DemoAccounts.account("chuyenvien", Role.SPECIALIST, WARD_NAME));
    accounts.add(DemoAccounts.account("lanhdao", Role.LEADER, WARD_NAME));
    accounts.add(DemoAccounts.account("giamsat", Role.SUPERVISOR, WARD_NAME));
    accounts.add(DemoAccounts.account("quantri", Role.ADMIN, PROVINCE_NAME));
    return new DemoAccounts(accounts);
  }

  @Bean
  ApplicationRunner demoDataLoader(
      Environment environment,
      DataSource dataSource,
      DemoProperties properties,
      Organization organization,
      DemoAccounts accounts,
      TransactionTemplate transaction) {
    return (ApplicationArguments arguments) -> {
      refuseProductionUse(environment, dataSource, properties);
      if (organization.officerExists("quantri")) {
        log.info("Demo data already present; reusing it.");
      } else {
        transaction.executeWithoutResult(status -> load(organization));
        log.info("Demo data loaded.");
      }
      log.info(describe(accounts));
    };
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

  private static void load(Organization organization) {
    long province =
        organization.register(
            new NewAgency(
                new AgencyCode("000.00.00.H13"),
                PROVINCE_NAME,
                AgencyKind.PROVINCE_COMMITTEE,
                null,
                "2 Hòa Bình, phường Ninh Kiều, thành phố Cần Thơ",
                "0292 3820 000",
                null));
    long ward =
        organization.register(
            new NewAgency(
                new AgencyCode("000.01.31.H13"),
                WARD_NAME,
                AgencyKind.COMMUNE_COMMITTEE,
                province,
                "Phường Thốt Nốt, thành phố Cần Thơ",
                null,
                null));
    officer(organization, "tiepnhan", "Nguyễn Thị Hồng Nhung", Role.RECEPTION, ward);
    officer(organization, "chuyenvien", "Trần Văn Khánh", Role.SPECIALIST, ward);
    officer(organization, "lanhdao", "Lê Minh Tuấn", Role.LEADER, ward);
    officer(organization, "giamsat", "Phạm Thị Thu Hà", Role.SUPERVISOR, ward);
    officer(organization, "quantri", "Võ Quốc Bảo", Role.ADMIN, province);
  }

  private static void officer(
      Organization organization, String username, String name, Role role, long agency) {
    organization.register(
        new NewOfficer(
            username,
            DemoAccounts.PASSWORD,
            name,
            username + "@demo.motcua.vn",
            null,
            agency,
            null,
            List.of(new NewOfficer.Grant(role, agency))));
  }

  private static String describe(DemoAccounts accounts) {
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
