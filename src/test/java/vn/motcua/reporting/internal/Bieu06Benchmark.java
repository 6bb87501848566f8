package vn.motcua.reporting.internal;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.MotcuaApplication;
import vn.motcua.bench.Latencies;
import vn.motcua.bench.OfficerToken;
import vn.motcua.catalog.Actor;
import vn.motcua.catalog.CatalogAdministration;
import vn.motcua.catalog.ImportScope;
import vn.motcua.organization.Agency;
import vn.motcua.organization.AgencyCode;
import vn.motcua.organization.AgencyKind;
import vn.motcua.organization.NewAgency;
import vn.motcua.organization.NewOfficer;
import vn.motcua.organization.Organization;
import vn.motcua.security.Role;

/**
 * Biểu 06 of a province for a year over a million dossiers (target: p95 under 200 ms on
 * PostgreSQL), through the service and through the API.
 *
 * <p>The application runs in this JVM against a fresh database {@code motcua_bench_bieu06} on
 * 127.0.0.1:5432 (dropped at the end unless the second argument is {@code keep}). It registers a
 * province with 100 wards below it, imports the catalogue's commune-level procedures, and writes
 * the statistics read model of a million generated dossiers straight into its tables with set-based
 * SQL: received from 1 October 2025 to 27 November 2026 (so some are carried over into 2026 and
 * some are still in progress), busier wards and a few common procedures making most of them, 40 %
 * online, most settled by their due day, some late, some withdrawn or refused, a few stuck. The
 * daily and monthly counts are then summed from those rows, as the application keeps them.
 *
 * <p>Run: {@code bench/bieu06 [samples, default 300] [keep]} (see {@code docs/benchmarks.md}).
 */
public final class Bieu06Benchmark {

  private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
  private static final String DATABASE = "motcua_bench_bieu06";
  private static final int DOSSIERS = 1_000_000;
  private static final int WARDS = 100;
  private static final String PROVINCE = "000.00.00.H99";
  private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  private static final LocalDate TO = LocalDate.of(2026, 12, 31);

  private Bieu06Benchmark() {}

  public static void main(String[] args) throws Exception {
    int samples = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    boolean keep = args.length > 1 && "keep".equals(args[1]);
    recreate();
    try (ConfigurableApplicationContext app = start()) {
      long started = System.nanoTime();
      Agency province = registerProvince(app.getBean(Organization.class));
      app.getBean(CatalogAdministration.class)
          .importBundled(new ImportScope("cap-xa", Set.of()), new Actor("benchmark", null));
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      // One transaction: one connection, for the temporary tables and the random seed.
      new TransactionTemplate(app.getBean(PlatformTransactionManager.class))
          .executeWithoutResult(status -> generate(jdbc, province.id()));
      jdbc.sql("VACUUM ANALYZE stat_dossier").update();
      jdbc.sql("VACUUM ANALYZE stat_daily").update();
      jdbc.sql("VACUUM ANALYZE stat_monthly").update();
      System.out.printf(Locale.ROOT, "Generated in %.1f s%n", (System.nanoTime() - started) / 1e9);
      Bieu06 bieu06 = app.getBean(Bieu06.class);
      Bieu06Figures total = bieu06.report(province, FROM, TO, null).total();
      System.out.println("Province " + FROM + " to " + TO + ": " + total);
      Agency ward = app.getBean(Organization.class).agency(wardCode(1)).orElseThrow();
      HttpClient http = HttpClient.newHttpClient();
      String base =
          "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
      OfficerToken supervisor = OfficerToken.signIn(http, base, "bench.giamsat", "bench");
      String path = "/api/v1/reports/bieu06?agency=" + PROVINCE + "&from=" + FROM + "&to=" + TO;
      System.out.println();
      System.out.println("| measure | p50 ms | p95 ms | p99 ms | samples | load average before |");
      System.out.println("|---|---|---|---|---|---|");
      measure(
          "service, province (100 wards), a year",
          samples,
          () -> bieu06.report(province, FROM, TO, null).rows().size());
      measure(
          "service, one ward, a year",
          samples,
          () -> bieu06.report(ward, FROM, TO, null).rows().size());
      measure(
          "API, province (100 wards), a year",
          samples,
          () -> {
            try {
              HttpResponse<String> response =
                  http.send(supervisor.get(base, path), HttpResponse.BodyHandlers.ofString());
              if (response.statusCode() != 200) {
                throw new IllegalStateException("The API answered " + response.statusCode());
              }
              return response.body().length();
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          });
    } finally {
      if (!keep) {
        drop();
      }
    }
  }

  private static ConfigurableApplicationContext start() {
    // Command-line arguments, not default properties: they must win over application.yml.
    return new SpringApplicationBuilder(MotcuaApplication.class)
        .run(
            "--spring.datasource.url=" + SERVER + DATABASE,
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=",
            "--server.port=0",
            "--logging.level.root=WARN",
            "--spring.main.banner-mode=off");
  }

  /** A province committee, 100 ward committees below it, and a supervisor of the province. */
  private static Agency registerProvince(Organization organization) {
    long province =
        organization.register(
            new NewAgency(
                new AgencyCode(PROVINCE),
                "UBND tỉnh Thử Nghiệm",
                AgencyKind.PROVINCE_COMMITTEE,
                null,
                null,
                null,
                null));
    for (int ward = 1; ward <= WARDS; ward++) {
      organization.register(
          new NewAgency(
              wardCode(ward),
              "UBND phường Thử Nghiệm " + ward,
              AgencyKind.COMMUNE_COMMITTEE,
              province,
              null,
              null,
              null));
    }
    organization.register(
        new NewOfficer(
            "bench.giamsat",
            "bench",
            "Giám sát Thử Nghiệm",
            null,
            null,
            province,
            null,
            List.of(new NewOfficer.Grant(Role.SUPERVISOR, province))));
    return organization.agency(province).orElseThrow();
  }

  private static AgencyCode wardCode(int ward) {
    return new AgencyCode(String.format(Locale.ROOT, "000.%03d.00.H99", ward));
  }

  /**
   * The read model of a million dossiers. Time limits are 1 to 15 days, counted in calendar days
   * for simplicity, due at 17:00 in Vietnam; 3 % are withdrawn or refused, 87 % settled by their
   * due day, 9.5 % late, 0.5 % never end; those that would end after 27 November 2026 are still in
   * progress, a fifth of them waiting for the applicant.
   */
  private static void generate(JdbcClient jdbc, long province) {
    jdbc.sql(
            "CREATE TEMP TABLE bench_ward ON COMMIT DROP AS"
                + " SELECT row_number() OVER (ORDER BY id) AS n, id FROM agency WHERE parent_id = ?")
        .param(province)
        .update();
    jdbc.sql(
            """
            CREATE TEMP TABLE bench_procedure ON COMMIT DROP AS
            SELECT n, code, field_code, (1 + (n * 7) % 15)::int AS limit_days
              FROM (SELECT row_number() OVER (ORDER BY code) AS n, code, field_code
                      FROM catalog_procedure) p
            """)
        .update();
    int procedures = jdbc.sql("SELECT COUNT(*) FROM bench_procedure").query(Integer.class).single();
    jdbc.sql("SELECT setseed(0.2026)").query().singleRow();
    jdbc.sql(
            """
            INSERT INTO stat_dossier (dossier_id, agency_id, field_code, procedure_code, channel,
                                      received_on, due_at, paused_at, ended_on, outcome,
                                      supplement_requests, ended_soon)
            WITH drawn AS (
              SELECT g,
                     1 + floor(:wards * power(random(), 1.5))::int AS ward,
                     1 + floor(:procedures * power(random(), 3))::int AS procedure,
                     random() AS channel_draw,
                     DATE '2025-10-01' + floor(random() * 423)::int AS received_on,
                     random() AS fate,
                     random() AS pace
                FROM generate_series(1, :dossiers) g),
            fated AS (
              SELECT d.g, w.id AS agency_id, p.field_code, p.code,
                     CASE WHEN d.channel_draw < 0.40 THEN 2 WHEN d.channel_draw < 0.42 THEN 3 ELSE 1 END
                       AS channel,
                     d.received_on, d.received_on + p.limit_days AS due_on, d.pace,
                     CASE WHEN d.fate < 0.03 THEN d.received_on + floor(d.pace * p.limit_days)::int
                          WHEN d.fate < 0.90 THEN d.received_on + floor(d.pace * (p.limit_days + 1))::int
                          WHEN d.fate < 0.995 THEN d.received_on + p.limit_days + 1 + floor(d.pace * 20)::int
                     END AS ends_on,
                     CASE WHEN d.fate < 0.03 THEN 'CLOSED' WHEN d.fate < 0.90 THEN 'SETTLED' ELSE 'LATE' END
                       AS fate
                FROM drawn d
                JOIN bench_ward w ON w.n = d.ward
                JOIN bench_procedure p ON p.n = d.procedure)
            SELECT g, agency_id, field_code, code, channel, received_on,
                   (due_on + TIME '10:00') AT TIME ZONE 'UTC',
                   CASE WHEN (ends_on IS NULL OR ends_on > DATE '2026-11-27') AND pace < 0.2
                        THEN (received_on + 1 + TIME '03:00') AT TIME ZONE 'UTC' END,
                   CASE WHEN ends_on <= DATE '2026-11-27' THEN ends_on END,
                   CASE WHEN ends_on > DATE '2026-11-27' THEN NULL
                        WHEN fate = 'SETTLED' AND ends_on < due_on THEN 'EARLY'
                        WHEN fate = 'SETTLED' THEN 'ON_TIME'
                        ELSE fate END,
                   CASE WHEN pace < 0.1 THEN 1 ELSE 0 END,
                   COALESCE(ends_on <= DATE '2026-11-27' AND ends_on <= received_on + :endedSoonDays, FALSE)
              FROM fated
            """)
        .param("wards", WARDS)
        .param("procedures", procedures)
        .param("dossiers", DOSSIERS)
        .param("endedSoonDays", StatisticsStore.ENDED_SOON_DAYS)
        .update();
    jdbc.sql(
            """
            INSERT INTO stat_daily (agency_id, on_day, field_code, procedure_code, channel, received,
                                    settled_early, settled_on_time, settled_late, returned,
                                    refused_after_appraisal, withdrawn, supplement_requests)
            SELECT agency_id, on_day, field_code, procedure_code, channel, SUM(received),
                   SUM(early), SUM(on_time), SUM(late), SUM(early + on_time + late),
                   SUM(refused), SUM(withdrawn), SUM(supplements)
              FROM (SELECT agency_id, received_on AS on_day, field_code, procedure_code, channel,
                           1 AS received, 0 AS early, 0 AS on_time, 0 AS late, 0 AS refused,
                           0 AS withdrawn, supplement_requests AS supplements
                      FROM stat_dossier
                    UNION ALL
                    SELECT agency_id, ended_on, field_code, procedure_code, channel, 0,
                           (outcome = 'EARLY')::int, (outcome = 'ON_TIME')::int,
                           (outcome = 'LATE')::int, (outcome = 'CLOSED' AND dossier_id % 3 > 0)::int,
                           (outcome = 'CLOSED' AND dossier_id % 3 = 0)::int, 0
                      FROM stat_dossier WHERE ended_on IS NOT NULL) counted
             GROUP BY agency_id, on_day, field_code, procedure_code, channel
            """)
        .update();
    jdbc.sql(
            """
            INSERT INTO stat_monthly (agency_id, in_month, field_code, received_online, received,
                                      settled_early, settled_on_time, settled_late, returned,
                                      refused_after_appraisal, withdrawn, supplement_requests)
            SELECT agency_id, CAST(DATE_TRUNC('MONTH', on_day) AS DATE), field_code,
                   SUM(CASE WHEN channel = 2 THEN received ELSE 0 END),
                   SUM(received), SUM(settled_early), SUM(settled_on_time), SUM(settled_late),
                   SUM(returned), SUM(refused_after_appraisal), SUM(withdrawn),
                   SUM(supplement_requests)
              FROM stat_daily
             GROUP BY agency_id, CAST(DATE_TRUNC('MONTH', on_day) AS DATE), field_code
            """)
        .update();
    long daily = jdbc.sql("SELECT COUNT(*) FROM stat_daily").query(Long.class).single();
    long monthly = jdbc.sql("SELECT COUNT(*) FROM stat_monthly").query(Long.class).single();
    System.out.printf(
        Locale.ROOT,
        "%d dossiers, %d wards, %d procedures, %d rows in stat_daily, %d in stat_monthly%n",
        DOSSIERS,
        WARDS,
        procedures,
        daily,
        monthly);
  }

  /** A warm-up of a third of the samples, then the samples; prints one table row. */
  private static void measure(String name, int samples, LongSupplier call) throws IOException {
    // The machine is shared: the 1-minute load average says how much the samples waited for a core.
    String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    for (int i = 0; i < Math.max(10, samples / 3); i++) {
      call.getAsLong();
    }
    List<Long> nanos = new ArrayList<>();
    for (int i = 0; i < samples; i++) {
      long t = System.nanoTime();
      call.getAsLong();
      nanos.add(System.nanoTime() - t);
    }
    long[] measured = nanos.stream().mapToLong(Long::longValue).toArray();
    System.out.printf(
        Locale.ROOT,
        "| %s | %.1f | %.1f | %.1f | %d | %s |%n",
        name,
        Latencies.percentileMillis(measured, 0.50),
        Latencies.percentileMillis(measured, 0.95),
        Latencies.percentileMillis(measured, 0.99),
        samples,
        load);
  }

  private static void recreate() throws Exception {
    drop();
    try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
    }
  }

  private static void drop() throws Exception {
    try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
    }
  }
}
