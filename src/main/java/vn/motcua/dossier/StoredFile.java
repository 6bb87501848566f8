package vn.motcua.dossier;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A file attached to a dossier: a scanned component or the result document.
 *
 * @param componentPosition the component it is a scan of; {@code null} for the result
 * @param sha256 the checksum of the content, hex
 */
public record StoredFile(
    long id,
    String kind,
    @Nullable Integer componentPosition,
    String fileName,
    String contentType,
    long sizeBytes,
    String sha256,
    Instant uploadedAt,
    String uploadedBy) {

  public static final String COMPONENT = "COMPONENT";
  public static final String RESULT = "RESULT";
}
