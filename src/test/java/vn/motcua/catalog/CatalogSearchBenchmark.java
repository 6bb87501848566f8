package vn.motcua.catalog;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.motcua.MotcuaApplication;
import vn.motcua.testing.TestDatabase;

/**
 * The search of the whole catalogue (the 1,601 procedures of the bundled export), through the
 * service and through the public API over HTTP, on H2 and on PostgreSQL. Sample time, so that JMH
 * reports percentiles: the target is under 50 ms at the 95th percentile. Run with {@code ./mvnw -q
 * -Pbench test-compile exec:exec -Dbench.args='CatalogSearchBenchmark'} (docs/benchmarks.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class CatalogSearchBenchmark {

  /** The embedded database or a throwaway PostgreSQL database (as the integration tests make). */
  @Param({"h2", "postgresql"})
  public String database;

  /** Words without diacritics, a short common word, a code, and no words at all (browse). */
  @Param({"xac nhan tinh trang hon nhan", "giấy phép", "1.001193", ""})
  public String query;

  private ConfigurableApplicationContext application;
  private Catalog catalog;
  private HttpClient http;
  private URI api;

  @Setup(Level.Trial)
  public void startWithTheWholeCatalogue() {
    System.setProperty(TestDatabase.PROPERTY, database);
    application =
        new SpringApplication(MotcuaApplication.class)
            .run("--server.port=0", "--logging.level.root=WARN", "--spring.main.banner-mode=off");
    application
        .getBean(CatalogAdministration.class)
        .importBundled(ImportScope.WHOLE, new Actor("benchmark", null));
    catalog = application.getBean(Catalog.class);
    http = HttpClient.newHttpClient();
    int port = ((WebServerApplicationContext) application).getWebServer().getPort();
    api =
        URI.create(
            "http://localhost:"
                + port
                + "/api/v1/procedures?q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8));
  }

  @TearDown(Level.Trial)
  public void stop() {
    application.close();
  }

  @Benchmark
  public ProcedurePage service() {
    return catalog.search(ProcedureQuery.text(query));
  }

  @Benchmark
  public int api() throws Exception {
    HttpResponse<String> response =
        http.send(HttpRequest.newBuilder(api).GET().build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("The API answered " + response.statusCode());
    }
    return response.body().length();
  }
}
