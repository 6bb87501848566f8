package vn.motcua.demo;

/**
 * One part of the demo data (agencies and officers, procedures and offers, dossiers …). The steps
 * run in their {@link org.springframework.core.annotation.Order}, each in its own transaction, and
 * only when their data is not there yet, so that a second start reuses what the first one loaded.
 */
interface DemoStep {

  /** Whether this step's data is already in the database. */
  boolean present();

  void load();

  /**
   * Whether the step loads after the application reports itself ready, in the background: for a
   * long step that only pictures depend on (a year of history for the dashboards), so that the
   * first start stays short. The steps others need (accounts, procedures) load before.
   */
  default boolean afterReady() {
    return false;
  }
}
