package vn.motcua.documents;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.MotcuaApplication;
import vn.motcua.dossier.DossierDetails;
import vn.motcua.dossier.Dossiers;
import vn.motcua.testing.TestDatabase;
import vn.motcua.testing.TestHttp;

/**
 * The receipt and appointment (Mẫu 01) of a birth registration with its nine components: rendered
 * by the service (reading the dossier's history and components, Thymeleaf, the QR code, PDF with
 * embedded font subsets) and fetched through the API over HTTP. Sample time, so that JMH reports
 * percentiles: the target is under 100 ms after warm-up. Run with {@code ./mvnw -q -Pbench
 * test-compile exec:exec -Dbench.args='ReceiptBenchmark'} (docs/benchmarks.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ReceiptBenchmark {

  private ConfigurableApplicationContext application;
  private DossierDocuments documents;
  private DossierDetails dossier;
  private HttpClient http;
  private HttpRequest api;

  @Setup(Level.Trial)
  public void startTheDemoAndReceiveADossier() {
    System.setProperty(TestDatabase.PROPERTY, "h2");
    application =
        new SpringApplicationBuilder(MotcuaApplication.class)
            .profiles("demo")
            .run("--server.port=0", "--logging.level.root=WARN", "--spring.main.banner-mode=off");
    int port = ((WebServerApplicationContext) application).getWebServer().getPort();
    String code =
        application
            .getBean(JsonMapper.class)
            .readTree(
                new TestHttp(port)
                    .postJson(
                        "/api/v1/dossiers",
                        """
                        {"procedureCode":"1.001193","applicant":{"name":"Nguyễn Thị Ngọc Ánh",
                         "idNumber":"092099001234","phone":"0912345678",
                         "address":"Khu vực Long Thạnh A, phường Thốt Nốt"}}
                        """,
                        "Authorization",
                        TestHttp.basic("tiepnhan", "demo"))
                    .body())
            .get("code")
            .asString();
    documents = application.getBean(DossierDocuments.class);
    dossier = application.getBean(Dossiers.class).get(code).orElseThrow();
    http = HttpClient.newHttpClient();
    api =
        HttpRequest.newBuilder(
                URI.create(
                    "http://localhost:" + port + "/api/v1/dossiers/" + code + "/documents/receipt"))
            .header("Authorization", TestHttp.basic("tiepnhan", "demo"))
            .GET()
            .build();
  }

  @TearDown(Level.Trial)
  public void stop() {
    application.close();
  }

  @Benchmark
  public int service(CpuTime cpu) {
    cpu.operations++;
    return documents.pdf(dossier, DocumentKind.RECEIPT).orElseThrow().length;
  }

  /**
   * The CPU time of the benchmark thread per receipt, printed after each iteration: on a machine
   * shared with other work, wall-clock samples include the time the thread waited for a core, and
   * this says what one receipt costs.
   */
  @State(Scope.Thread)
  public static class CpuTime {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long operations;
    private long startNanos;

    @Setup(Level.Iteration)
    public void start() {
      operations = 0;
      startNanos = threads.getCurrentThreadCpuTime();
    }

    @TearDown(Level.Iteration)
    public void report() {
      long spent = threads.getCurrentThreadCpuTime() - startNanos;
      System.out.printf(
          "%n  CPU time per receipt: %.1f ms over %d receipts%n",
          spent / 1e6 / Math.max(1, operations), operations);
    }
  }

  @Benchmark
  public int api() throws Exception {
    HttpResponse<byte[]> response = http.send(api, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("The API answered " + response.statusCode());
    }
    return response.body().length;
  }
}
