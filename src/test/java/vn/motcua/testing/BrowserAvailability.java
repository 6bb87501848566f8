package vn.motcua.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips browser journeys where Chromium is missing, and fails them instead in CI. */
class BrowserAvailability implements ExecutionCondition {

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (Browser.available()) {
      return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
    }
    String message =
        "Chromium or chromedriver is not installed (apt-get install chromium chromium-driver)";
    if (TestDatabase.inCi()) {
      throw new IllegalStateException(
          message + ", and CI=true: browser journeys must not be skipped");
    }
    return ConditionEvaluationResult.disabled(message);
  }
}
