package vn.motcua.dossier;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.Timeliness;
import vn.motcua.catalog.Channel;

/**
 * What every dossier event says about the dossier after the action: enough for statistics,
 * notifications and audit without reading the dossier again.
 *
 * @param agencyId the settling agency
 * @param parentId the parent of an inter-agency pair; {@code null} for the parent itself and
 *     ordinary dossiers
 * @param receivedAt when it was accepted; {@code null} before
 * @param dueAt the current appointment
 * @param finishedAt when processing ended (result ready, refused after appraisal)
 * @param timeliness early / on time / late by instant, once finished
 * @param stepAssigneeId the officer holding the current step, if any
 */
public record DossierFacts(
    long id,
    String code,
    long agencyId,
    long receivingAgencyId,
    @Nullable Long parentId,
    String procedureCode,
    String fieldCode,
    Channel channel,
    DossierStatus status,
    @Nullable Instant receivedAt,
    @Nullable Instant dueAt,
    @Nullable Instant finishedAt,
    @Nullable Timeliness timeliness,
    int supplementRequests,
    @Nullable Long stepAssigneeId) {}
