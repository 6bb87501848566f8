package vn.motcua.dossier.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.stereotype.Component;

/**
 * Files under {@code motcua.storage.directory}, one file per key. Written to a temporary file and
 * moved into place, so that a crash never leaves half a file under a key.
 */
@Component
class FilesystemStorage implements FileStorage {

  private final Path root;

  FilesystemStorage(StorageProperties properties) {
    this.root = properties.directory().toAbsolutePath().normalize();
  }

  @Override
  public void put(String key, byte[] content) {
    Path target = resolve(key);
    try {
      Files.createDirectories(target.getParent());
      Path temporary = Files.createTempFile(target.getParent(), ".upload", ".tmp");
      Files.write(temporary, content);
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not store " + key, e);
    }
  }

  @Override
  public byte[] get(String key) {
    try {
      return Files.readAllBytes(resolve(key));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + key, e);
    }
  }

  private Path resolve(String key) {
    Path path = root.resolve(key).normalize();
    if (!path.startsWith(root)) {
      throw new IllegalArgumentException("Storage key outside the storage directory: " + key);
    }
    return path;
  }
}
