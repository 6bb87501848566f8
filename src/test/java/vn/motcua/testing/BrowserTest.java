package vn.motcua.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A journey in real headless Chromium against the running application ({@link Browser}). Runs once,
 * in the H2 run of the integration tests; skipped where Chromium is not installed, except in CI,
 * where that fails.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@Tag("browser")
@ExtendWith(BrowserAvailability.class)
public @interface BrowserTest {}
