package vn.motcua.notification.internal;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again the dossier events this module's listeners did not finish: the listener failed
 * (the database was briefly unreachable) or its node stopped half-way. The registry would otherwise
 * deliver them only when a node restarts. Delivering twice is harmless: each message is written
 * under a key of its own, once.
 */
@Component
class StalledDeliveries {

  /** Longer than any listener takes, so that one still running is not delivered to again. */
  static final Duration STALLED_AFTER = Duration.ofMinutes(5);

  private final IncompleteEventPublications incomplete;

  StalledDeliveries(IncompleteEventPublications incomplete) {
    this.incomplete = incomplete;
  }

  @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
  @SchedulerLock(name = "notification.stalled-events", lockAtMostFor = "10m")
  void resubmit() {
    incomplete.resubmitIncompletePublications(
        ResubmissionOptions.defaults()
            .withMinAge(STALLED_AFTER)
            .withFilter(StalledDeliveries::ours));
  }

  /** Only this module's listeners: another module's may not bear a second delivery. */
  private static boolean ours(EventPublication publication) {
    return publication instanceof TargetEventPublication target
        && target
            .getTargetIdentifier()
            .getValue()
            .startsWith(StalledDeliveries.class.getPackageName());
  }
}
