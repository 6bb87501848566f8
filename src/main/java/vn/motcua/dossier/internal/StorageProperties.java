package vn.motcua.dossier.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * File storage ({@code motcua.storage.*}).
 *
 * @param directory where the filesystem storage keeps uploaded files
 * @param maxFileSize the largest file accepted for one component or result
 */
@ConfigurationProperties("motcua.storage")
record StorageProperties(
    @DefaultValue("./data/files") Path directory, @DefaultValue("10MB") DataSize maxFileSize) {}
