package vn.motcua.dossier.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.DossierException;
import vn.motcua.dossier.StoredFile;
import vn.motcua.dossier.domain.FileTypes;

/**
 * A dossier's papers: the checklist of components, the scanned files and result documents (type
 * checked from the content, size limited, stored with a SHA-256 checksum), and the applicants known
 * from earlier dossiers.
 */
@Component
public class Papers {

  private final PaperRepository papers;
  private final ApplicantRepository applicants;
  private final FileStorage storage;
  private final StorageProperties properties;
  private final Clock clock;

  Papers(
      PaperRepository papers,
      ApplicantRepository applicants,
      FileStorage storage,
      StorageProperties properties,
      Clock clock) {
    this.papers = papers;
    this.applicants = applicants;
    this.storage = storage;
    this.properties = properties;
    this.clock = clock;
  }

  public List<vn.motcua.dossier.Component> components(long dossierId) {
    return papers.components(dossierId);
  }

  public List<StoredFile> files(long dossierId) {
    return papers.files(dossierId);
  }

  public byte[] content(long dossierId, long fileId) {
    PaperRepository.Stored stored =
        papers
            .file(dossierId, fileId)
            .orElseThrow(() -> new DossierException.NotFound(Long.toString(fileId)));
    return storage.get(stored.storageKey());
  }

  public Optional<Applicant> knownApplicant(String idNumber) {
    return applicants.find(idNumber);
  }

  /**
   * Attaches a file to a dossier after checking what it really is.
   *
   * @throws DossierException.Invalid when the file is empty, too large, or not a PDF, JPEG or PNG
   *     by its content
   */
  public StoredFile attach(
      long dossierId,
      String kind,
      @Nullable Integer componentPosition,
      String fileName,
      byte[] content,
      String uploadedBy) {
    if (content.length == 0) {
      throw new DossierException.Invalid("file", "dossier.invalid.emptyFile");
    }
    if (content.length > properties.maxFileSize().toBytes()) {
      throw new DossierException.Invalid(
          "file", "dossier.invalid.fileTooLarge", properties.maxFileSize().toMegabytes());
    }
    FileTypes type =
        FileTypes.of(content)
            .orElseThrow(
                () -> new DossierException.Invalid("file", "dossier.invalid.fileType", fileName));
    String sha256 = sha256(content);
    String key = dossierId + "/" + UUID.randomUUID() + "-" + sha256.substring(0, 12);
    storage.put(key, content);
    String name = fileName.isBlank() ? key : fileName.strip();
    long id =
        papers.insertFile(
            dossierId,
            kind,
            componentPosition,
            name.length() > 300 ? name.substring(name.length() - 300) : name,
            type.mediaType(),
            content.length,
            sha256,
            key,
            clock.instant(),
            uploadedBy);
    return papers.files(dossierId).stream().filter(f -> f.id() == id).findFirst().orElseThrow();
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
