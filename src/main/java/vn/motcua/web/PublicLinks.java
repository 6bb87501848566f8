package vn.motcua.web;

import java.net.URI;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Absolute links to the public pages, for what leaves the system: the QR code on a receipt, an
 * email, an SMS. The base is {@code motcua.web.public-base-url}, the address citizens reach the
 * portal at.
 */
@Component
public class PublicLinks {

  private final URI base;

  PublicLinks(WebLinksProperties properties) {
    this.base = properties.publicBaseUrl();
  }

  /**
   * The public lookup of a dossier, carrying its code and lookup PIN: {@code
   * …/public/lookup?code=…&pin=…}.
   */
  public String lookup(String code, String pin) {
    return UriComponentsBuilder.fromUri(base)
        .path("/public/lookup")
        .queryParam("code", code)
        .queryParam("pin", pin)
        .encode()
        .build()
        .toUriString();
  }

  /** Any public page, e.g. {@code page("/public/procedures/1.001193")}. */
  public String page(String path) {
    return UriComponentsBuilder.fromUri(base).path(path).encode().build().toUriString();
  }
}
