package vn.motcua.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import vn.motcua.dossier.Scan;

/** Files a citizen uploads, one field per component of the procedure: {@code file-N}. */
final class Uploads {

  private Uploads() {}

  static List<Scan> scans(HttpServletRequest request) throws IOException {
    if (!(request instanceof MultipartHttpServletRequest multipart)) {
      return List.of();
    }
    List<Scan> scans = new ArrayList<>();
    for (Map.Entry<String, MultipartFile> part : multipart.getFileMap().entrySet()) {
      String position = part.getKey().startsWith("file-") ? part.getKey().substring(5) : "";
      if (position.matches("\\d{1,4}") && !part.getValue().isEmpty()) {
        scans.add(
            new Scan(
                Integer.parseInt(position),
                String.valueOf(part.getValue().getOriginalFilename()),
                part.getValue().getBytes()));
      }
    }
    return scans;
  }
}
