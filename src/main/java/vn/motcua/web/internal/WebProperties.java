package vn.motcua.web.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Web settings ({@code motcua.api.*}).
 *
 * @param maxBodySize the largest request body the API reads (uploads have their own multipart
 *     limit)
 */
@ConfigurationProperties("motcua.api")
record WebProperties(@DefaultValue("1MB") DataSize maxBodySize) {}
