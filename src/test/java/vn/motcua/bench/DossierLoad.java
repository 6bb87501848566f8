package vn.motcua.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.motcua.MotcuaApplication;
import vn.motcua.organization.AgencyCode;
import vn.motcua.organization.NewOfficer;
import vn.motcua.organization.Organization;
import vn.motcua.security.Role;

/**
 * The dossier load harness: drives dossiers through their whole process (received at the counter,
 * forwarded by the specialist, settled by the leader, returned at the counter) through the HTTP API
 * on PostgreSQL, and runs pgbench's TPC-B-like transactions on the same server in the same run as
 * the yardstick.
 *
 * <p>The application runs in this JVM against a fresh database {@code motcua_bench}; each client
 * signs in once per role for an API token and sends it with every request (an adaptive password
 * hash per request is not what is measured). Clients spread over the five demo wards, as the
 * counters of a province do.
 *
 * <p>Run: {@code bench/dossier-load [dossiers] [clients]} (see {@code docs/benchmarks.md}). With
 * {@code BENCH_LOG_STATEMENTS} set in the environment, PostgreSQL logs every statement of the
 * benchmark's database to its server log and pgbench is skipped: for counting what an action costs,
 * not for timing it.
 */
public final class DossierLoad {

  private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
  private static final String[] WARDS = {
    "000.01.31.H13", "000.02.31.H13", "000.03.31.H13", "000.04.31.H13", "000.05.31.H13"
  };
  private static final String[] ACTIONS = {"CREATE", "FORWARD", "RESULT_READY", "RETURN_RESULT"};
  private static final Pattern CODE = Pattern.compile("\"code\":\"([^\"]+)\"");
  private static final CompilationMXBean COMPILER = ManagementFactory.getCompilationMXBean();
  private static final com.sun.management.OperatingSystemMXBean JVM =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private DossierLoad() {}

  public static void main(String[] args) throws Exception {
    int dossiers = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    // At least this many dossiers before the measurement, more until the JIT settled (warmUp).
    int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : dossiers;
    recreate("motcua_bench");
    recreate("motcua_pgbench");
    boolean countStatements = System.getenv("BENCH_LOG_STATEMENTS") != null;
    if (countStatements) {
      logEveryStatement("motcua_bench");
    }
    Yardstick yardstick = countStatements ? new Yardstick(Double.NaN, Double.NaN) : pgbench();
    try (ConfigurableApplicationContext app = start()) {
      addWardOfficers(app.getBean(Organization.class));
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      List<Client> signedIn = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        signedIn.add(new Client(port, c % WARDS.length + 1));
      }
      int warmedUp = warmUp(signedIn, warmUp, Math.max(dossiers / 2, 100));
      long[][] latencies = new long[ACTIONS.length][];
      long compiling = COMPILER.getTotalCompilationTime();
      double postgresCpu = PostgresCpu.seconds("motcua_bench");
      long jvmCpu = JVM.getProcessCpuTime();
      long started = System.nanoTime();
      run(signedIn, dossiers, latencies);
      double seconds = (System.nanoTime() - started) / 1e9;
      int actions = dossiers * ACTIONS.length;
      Measured measured =
          new Measured(
              dossiers,
              clients,
              warmedUp,
              seconds,
              (COMPILER.getTotalCompilationTime() - compiling) / 1e3 / seconds,
              (PostgresCpu.seconds("motcua_bench") - postgresCpu) * 1e3 / actions,
              (JVM.getProcessCpuTime() - jvmCpu) / 1e6 / actions);
      report(measured, yardstick, latencies);
    }
  }

  private static ConfigurableApplicationContext start() {
    // Command-line arguments, not default properties: they must win over application.yml.
    List<String> args =
        new ArrayList<>(
            List.of(
                "--spring.datasource.url=" + SERVER + "motcua_bench",
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--spring.datasource.hikari.maximum-pool-size=16",
                // As application-prod.yml sets it for PostgreSQL.
                "--spring.datasource.hikari.data-source-properties.reWriteBatchedInserts=true",
                "--motcua.demo.allow-external-database=true",
                "--server.port=0",
                "--logging.level.root=WARN"));
    // Settings to compare, e.g. BENCH_APP_ARGS='--spring.threads.virtual.enabled=false'.
    String more = System.getenv("BENCH_APP_ARGS");
    if (more != null && !more.isBlank()) {
      args.addAll(List.of(more.strip().split("\\s+")));
    }
    return new SpringApplicationBuilder(MotcuaApplication.class)
        .profiles("demo")
        .run(args.toArray(String[]::new));
  }

  /** A reception officer, a specialist of Hộ tịch and a leader for every ward that has none. */
  private static void addWardOfficers(Organization organization) {
    for (int ward = 3; ward <= WARDS.length; ward++) {
      long agency = organization.agencyId(new AgencyCode(WARDS[ward - 1])).orElseThrow();
      List<NewOfficer> officers = new ArrayList<>();
      for (Role role : List.of(Role.RECEPTION, Role.SPECIALIST, Role.LEADER)) {
        officers.add(
            new NewOfficer(
                username(role, ward),
                "demo",
                "Bench " + role + " " + ward,
                null,
                null,
                agency,
                null,
                List.of(new NewOfficer.Grant(role, agency)),
                role == Role.SPECIALIST ? java.util.Set.of("ho-tich") : java.util.Set.of()));
      }
      organization.registerAll(officers);
    }
  }

  private static String username(Role role, int ward) {
    String base =
        switch (role) {
          case RECEPTION -> "tiepnhan";
          case SPECIALIST -> "chuyenvien";
          default -> "lanhdao";
        };
    return ward == 1 ? base : ward == 2 ? base + "2" : "bench" + base + ward;
  }

  /** Drives {@code dossiers} dossiers with the signed-in clients, one thread each. */
  private static void run(List<Client> clients, int dossiers, long[][] latencies) throws Exception {
    AtomicInteger next = new AtomicInteger();
    List<long[][]> perClient = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(clients.size())) {
      List<Future<long[][]>> futures = new ArrayList<>();
      for (Client client : clients) {
        futures.add(pool.submit(() -> client.drive(next, dossiers)));
      }
      for (Future<long[][]> future : futures) {
        perClient.add(future.get());
      }
    }
    if (latencies != null) {
      for (int a = 0; a < ACTIONS.length; a++) {
        int action = a;
        latencies[a] = perClient.stream().flatMapToLong(l -> Arrays.stream(l[action])).toArray();
      }
    }
  }

  /**
   * Drives at least {@code minimum} dossiers, then rounds of {@code round} more until the JIT has
   * settled: a server runs for days, and on two cores the compiler threads take a third of a core
   * or more for minutes after the start (Spring's deep stacks compile and recompile at several
   * tiers). Settled: the compilers used less than 5 % of one core during the last round; at most 20
   * rounds.
   *
   * @return how many dossiers the warm-up took
   */
  private static int warmUp(List<Client> clients, int minimum, int round) throws Exception {
    run(clients, minimum, null);
    int driven = minimum;
    for (int r = 0; r < 20; r++) {
      long compiling = COMPILER.getTotalCompilationTime();
      long started = System.nanoTime();
      run(clients, round, null);
      driven += round;
      double share =
          (COMPILER.getTotalCompilationTime() - compiling) / ((System.nanoTime() - started) / 1e6);
      if (share < 0.05) {
        break;
      }
    }
    return driven;
  }

  /** One counter's officers, each signed in once, driving dossiers one after the other. */
  private static final class Client {
    private final HttpClient http =
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final OfficerToken reception;
    private final OfficerToken specialist;
    private final OfficerToken leader;

    Client(int port, int ward) throws Exception {
      this.base = "http://localhost:" + port;
      this.reception = signIn(username(Role.RECEPTION, ward));
      this.specialist = signIn(username(Role.SPECIALIST, ward));
      this.leader = signIn(username(Role.LEADER, ward));
    }

    long[][] drive(AtomicInteger next, int total) throws Exception {
      List<long[]> samples = new ArrayList<>();
      while (next.getAndIncrement() < total) {
        long[] sample = new long[ACTIONS.length];
        long t = System.nanoTime();
        String created =
            post(
                reception,
                "/api/v1/dossiers",
                "{\"procedureCode\":\"1.001193\",\"applicant\":{\"name\":\"Nguyễn Văn Tải\","
                    + "\"idNumber\":\"092099001234\",\"phone\":\"0912345678\"}}",
                201);
        sample[0] = System.nanoTime() - t;
        String code = group(CODE, created);
        String path = "/api/v1/dossiers/" + code + "/actions";
        t = System.nanoTime();
        post(specialist, path, "{\"action\":\"FORWARD\",\"version\":0}", 200);
        sample[1] = System.nanoTime() - t;
        t = System.nanoTime();
        post(
            leader,
            path,
            "{\"action\":\"RESULT_READY\",\"version\":1,\"resultNumber\":\"1/KS\"}",
            200);
        sample[2] = System.nanoTime() - t;
        t = System.nanoTime();
        post(
            reception,
            path,
            "{\"action\":\"RETURN_RESULT\",\"version\":2,\"recipient\":\"Nguyễn Văn Tải\","
                + "\"returnMethod\":\"AT_COUNTER\"}",
            200);
        sample[3] = System.nanoTime() - t;
        samples.add(sample);
      }
      long[][] byAction = new long[ACTIONS.length][samples.size()];
      for (int i = 0; i < samples.size(); i++) {
        for (int a = 0; a < ACTIONS.length; a++) {
          byAction[a][i] = samples.get(i)[a];
        }
      }
      return byAction;
    }

    private String post(OfficerToken officer, String path, String json, int expected)
        throws Exception {
      HttpResponse<String> response =
          http.send(
              officer
                  .request(base, path)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(json))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != expected) {
        throw new IllegalStateException(
            path + " answered " + response.statusCode() + ": " + response.body());
      }
      return response.body();
    }

    private OfficerToken signIn(String username) throws Exception {
      return OfficerToken.signIn(http, base, username, "demo");
    }
  }

  private static String group(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    if (!matcher.find()) {
      throw new IllegalStateException("No " + pattern + " in " + text);
    }
    return matcher.group(1);
  }

  /**
   * PostgreSQL writes every statement on this database to its server log, with the database name.
   */
  private static void logEveryStatement(String database) throws Exception {
    try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute("ALTER DATABASE " + database + " SET log_statement = 'all'");
    }
  }

  private static void recreate(String database) throws Exception {
    try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
    }
  }

  /**
   * pgbench's TPC-B-like transactions per second (scale 10, 8 clients, 2 threads, 30 seconds), and
   * the server's CPU per transaction, sampled from the 3rd to the 27th second while its connections
   * are open.
   */
  private static Yardstick pgbench() throws Exception {
    exec("pgbench", "-h", "127.0.0.1", "-U", "postgres", "-i", "-s", "10", "-q", "motcua_pgbench");
    try (ExecutorService background = Executors.newSingleThreadExecutor()) {
      Future<String> output =
          background.submit(
              () ->
                  exec(
                      "pgbench",
                      "-h",
                      "127.0.0.1",
                      "-U",
                      "postgres",
                      "-c",
                      "8",
                      "-j",
                      "2",
                      "-T",
                      "30",
                      "motcua_pgbench"));
      Thread.sleep(3_000);
      double cpu = PostgresCpu.seconds("motcua_pgbench");
      long sampled = System.nanoTime();
      Thread.sleep(24_000);
      double cpuPerSecond =
          (PostgresCpu.seconds("motcua_pgbench") - cpu) / ((System.nanoTime() - sampled) / 1e9);
      double tps = Double.parseDouble(group(Pattern.compile("tps = ([0-9.]+)"), output.get()));
      return new Yardstick(tps, cpuPerSecond * 1e3 / tps);
    }
  }

  /** pgbench's rate and the PostgreSQL CPU milliseconds per transaction. */
  private record Yardstick(double tps, double postgresMillis) {}

  /**
   * What the measured run did.
   *
   * @param compilerCores the JIT compilers' CPU during the run, in cores
   * @param postgresMillis PostgreSQL's CPU per action
   * @param jvmMillis this JVM's CPU per action: the application and the HTTP clients
   */
  private record Measured(
      int dossiers,
      int clients,
      int warmedUp,
      double seconds,
      double compilerCores,
      double postgresMillis,
      double jvmMillis) {}

  private static String exec(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    StringBuilder output = new StringBuilder();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      reader.lines().forEach(line -> output.append(line).append('\n'));
    }
    if (process.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
    }
    return output.toString();
  }

  private static void report(Measured run, Yardstick pgbench, long[][] latencies) {
    double dossiersPerSecond = run.dossiers() / run.seconds();
    double actionsPerSecond = dossiersPerSecond * ACTIONS.length;
    Map<String, String> summary = new LinkedHashMap<>();
    summary.put("dossiers", Integer.toString(run.dossiers()));
    summary.put("clients", Integer.toString(run.clients()));
    summary.put("warm-up dossiers (until the JIT settled)", Integer.toString(run.warmedUp()));
    summary.put("JIT compilers during the run, cores", ratio(run.compilerCores()));
    summary.put("seconds", format(run.seconds()));
    summary.put("dossiers/s", format(dossiersPerSecond));
    summary.put("actions/s", format(actionsPerSecond));
    summary.put("pgbench tps", format(pgbench.tps()));
    summary.put("actions/s ÷ pgbench tps", ratio(actionsPerSecond / pgbench.tps()));
    summary.put("PostgreSQL CPU per action, ms", ratio(run.postgresMillis()));
    summary.put("PostgreSQL CPU per pgbench transaction, ms", ratio(pgbench.postgresMillis()));
    summary.put("JVM CPU per action (application and HTTP clients), ms", ratio(run.jvmMillis()));
    System.out.println();
    System.out.println("| measure | value |");
    System.out.println("|---|---|");
    summary.forEach((k, v) -> System.out.println("| " + k + " | " + v + " |"));
    System.out.println();
    System.out.println("| action | p50 ms | p95 ms | p99 ms |");
    System.out.println("|---|---|---|---|");
    for (int a = 0; a < ACTIONS.length; a++) {
      System.out.printf(
          Locale.ROOT,
          "| %s | %.1f | %.1f | %.1f |%n",
          ACTIONS[a],
          Latencies.percentileMillis(latencies[a], 0.50),
          Latencies.percentileMillis(latencies[a], 0.95),
          Latencies.percentileMillis(latencies[a], 0.99));
    }
  }

  private static String ratio(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
