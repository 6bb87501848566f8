package vn.motcua.web;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Public links ({@code motcua.web.*}).
 *
 * @param publicBaseUrl where citizens reach MotCua, used in QR codes, emails and SMS
 */
@ConfigurationProperties("motcua.web")
public record WebLinksProperties(@DefaultValue("http://localhost:8080") URI publicBaseUrl) {}
