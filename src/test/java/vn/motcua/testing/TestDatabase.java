package vn.motcua.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The database the integration tests of this JVM run against, chosen by the system property {@code
 * motcua.test.database} ({@code h2} or {@code postgresql}; the build runs the integration tests
 * once with each).
 *
 * <p>For PostgreSQL, the server is {@code MOTCUA_TEST_POSTGRES_URL} (user {@code
 * MOTCUA_TEST_POSTGRES_USER}, password {@code MOTCUA_TEST_POSTGRES_PASSWORD}) or, when that is not
 * set, the one on 127.0.0.1:5432. Each test JVM creates a fresh database there and drops it when it
 * ends, so runs never see each other's data.
 */
public final class TestDatabase {

  public static final String PROPERTY = "motcua.test.database";

  private static final String H2_URL =
      "jdbc:h2:mem:motcua;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000";

  private static volatile Map<String, Object> postgresProperties;

  private TestDatabase() {}

  /**
   * Whether this JVM runs the integration tests, and against which database; empty outside the test
   * suite.
   */
  public static String selected() {
    return System.getProperty(PROPERTY, "").toLowerCase(Locale.ROOT);
  }

  public static boolean postgresSelected() {
    return "postgresql".equals(selected());
  }

  /**
   * Whether the build runs in CI, where a missing PostgreSQL fails the run instead of skipping it.
   */
  public static boolean inCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /**
   * The Spring properties that point the application at the selected database, without the demo's
   * year of history: the tests count the dossiers they make themselves.
   */
  public static Map<String, Object> springProperties() {
    Map<String, Object> properties =
        new java.util.HashMap<>(
            postgresSelected()
                ? postgres()
                : Map.of(
                    "spring.datasource.url", H2_URL,
                    "spring.datasource.username", "sa",
                    "spring.datasource.password", ""));
    properties.put("motcua.demo.history", "false");
    return properties;
  }

  /**
   * The Spring properties of another, empty database of the selected kind, for a test that starts
   * the application itself (on the first start of the demo, say); {@link TestDatabaseEnvironment}
   * leaves them alone.
   */
  public static Map<String, Object> separateSpringProperties() {
    Map<String, Object> properties =
        new java.util.HashMap<>(
            postgresSelected()
                ? createPostgresDatabase()
                : Map.of(
                    "spring.datasource.url",
                    H2_URL.replace(
                        "mem:motcua;", "mem:motcua-" + UUID.randomUUID().toString() + ";"),
                    "spring.datasource.username",
                    "sa",
                    "spring.datasource.password",
                    ""));
    properties.put(SEPARATE, "true");
    return properties;
  }

  /** Set by {@link #separateSpringProperties}. */
  static final String SEPARATE = "motcua.test.separate-database";

  /** Whether the PostgreSQL server answers; never throws. */
  public static boolean postgresReachable() {
    try (Connection ignored = adminConnection()) {
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  public static String postgresServerUrl() {
    return env("MOTCUA_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
  }

  private static Map<String, Object> postgres() {
    Map<String, Object> properties = postgresProperties;
    if (properties == null) {
      synchronized (TestDatabase.class) {
        if (postgresProperties == null) {
          postgresProperties = createPostgresDatabase();
        }
        properties = postgresProperties;
      }
    }
    return properties;
  }

  private static Map<String, Object> createPostgresDatabase() {
    String name = "motcua_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection connection = adminConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL at " + postgresServerUrl() + " is needed for this test run", e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(name), "drop-" + name));
    String server = postgresServerUrl();
    String url = server.substring(0, server.lastIndexOf('/') + 1) + name;
    return Map.of(
        "spring.datasource.url",
        url,
        "spring.datasource.username",
        user(),
        "spring.datasource.password",
        password(),
        "motcua.demo.allow-external-database",
        "true");
  }

  private static void drop(String name) {
    try (Connection connection = adminConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    } catch (SQLException e) {
      System.err.println("Could not drop test database " + name + ": " + e.getMessage());
    }
  }

  private static Connection adminConnection() throws SQLException {
    DriverManager.setLoginTimeout(3);
    return DriverManager.getConnection(postgresServerUrl(), user(), password());
  }

  private static String user() {
    return env("MOTCUA_TEST_POSTGRES_USER", "postgres");
  }

  private static String password() {
    return env("MOTCUA_TEST_POSTGRES_PASSWORD", "");
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
