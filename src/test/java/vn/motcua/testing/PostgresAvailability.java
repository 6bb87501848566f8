package vn.motcua.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * In the PostgreSQL run of the integration tests: skips them when no PostgreSQL answers on a
 * developer's machine, and fails them in CI ({@code CI=true}), where a silently skipped database
 * would hide real failures. Registered for every test through JUnit's extension auto-detection.
 */
public class PostgresAvailability implements ExecutionCondition {

  private static volatile Boolean reachable;

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (!TestDatabase.postgresSelected()) {
      return ConditionEvaluationResult.enabled("not the PostgreSQL run");
    }
    if (reachable == null) {
      reachable = TestDatabase.postgresReachable();
    }
    if (reachable) {
      return ConditionEvaluationResult.enabled("PostgreSQL answers");
    }
    String message = "No PostgreSQL answers at " + TestDatabase.postgresServerUrl();
    if (TestDatabase.inCi()) {
      throw new IllegalStateException(
          message + ", and CI=true: PostgreSQL tests must not be skipped");
    }
    return ConditionEvaluationResult.disabled(message + "; PostgreSQL tests skipped");
  }
}
