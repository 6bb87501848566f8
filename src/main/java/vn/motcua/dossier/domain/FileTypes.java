package vn.motcua.dossier.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of files a dossier accepts, recognised from their first bytes, never from their name: a
 * renamed file is what its content says. Three fixed signatures do not justify a detection library
 * (Apache Tika's core alone is larger than this module).
 */
public enum FileTypes {
  PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
  JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
  PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

  private final String mediaType;
  private final byte[] signature;

  FileTypes(String mediaType, byte[] signature) {
    this.mediaType = mediaType;
    this.signature = signature;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The type the content really has, if it is one we accept. */
  public static Optional<FileTypes> of(byte[] content) {
    return Arrays.stream(values()).filter(type -> type.matches(content)).findFirst();
  }

  private boolean matches(byte[] content) {
    return content.length >= signature.length
        && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
  }
}
