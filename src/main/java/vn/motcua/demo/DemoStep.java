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
}
