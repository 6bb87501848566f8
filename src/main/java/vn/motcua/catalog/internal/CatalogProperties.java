package vn.motcua.catalog.internal;

import java.time.Duration;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Catalogue settings ({@code motcua.catalog.*}).
 *
 * @param defaultCutoff the cut-off hour of every procedure whose administrator set none: a dossier
 *     received after it counts from the next working day (15:00 in practice, Decree 118); empty for
 *     no cut-off
 * @param bundledExport the national catalogue export shipped with MotCua, which an administrator
 *     can import (again) from the admin page
 * @param cacheLifetime how long a node keeps a procedure or an offer it read: a change made on
 *     another node reaches this one within it (changes on this node at once)
 */
@ConfigurationProperties("motcua.catalog")
public record CatalogProperties(
    @DefaultValue("15:00") @Nullable LocalTime defaultCutoff,
    @DefaultValue("classpath:seed/tthc-dvc-2026/procedures_local_level.jsonl.gz")
        Resource bundledExport,
    @DefaultValue("5s") Duration cacheLifetime) {}
