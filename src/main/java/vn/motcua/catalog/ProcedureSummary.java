package vn.motcua.catalog;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.TimeLimit;

/**
 * A procedure in a list of search results.
 *
 * @param timeLimit the time limit of the first channel that has one (in person, online, post), or
 *     {@code null} when none has
 * @param timeLimitText that channel's published text, or the first channel's when none has a limit
 */
public record ProcedureSummary(
    String code,
    String name,
    Field field,
    String level,
    @Nullable TimeLimit timeLimit,
    String timeLimitText) {}
