package vn.motcua.dossier.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.DeadlineOptions;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.WorkingTime;
import vn.motcua.catalog.ProcessVersion;

/**
 * What the rules need besides the dossier and the actor: the process version the dossier follows,
 * the procedure's time limit and options for its channel, the settling agency's working time and
 * the current instant.
 *
 * @param limit {@code null} when the procedure has no time limit for the channel: such a dossier
 *     cannot be accepted
 */
public record Setting(
    ProcessVersion process,
    @Nullable TimeLimit limit,
    DeadlineOptions options,
    WorkingTime time,
    Instant now) {}
