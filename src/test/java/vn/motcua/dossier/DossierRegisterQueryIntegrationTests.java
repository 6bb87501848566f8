package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.testing.IntegrationTest;
import vn.motcua.testing.TestHttp;

/** The query behind the register: an agency's dossiers received in a period, of one field. */
@IntegrationTest
class DossierRegisterQueryIntegrationTests {

  @LocalServerPort int port;
  @Autowired JsonMapper json;
  @Autowired Dossiers dossiers;

  @Test
  void listsTheAgencysDossiersReceivedInThePeriodOfTheFieldInOrderOfReception() {
    TestHttp http = new TestHttp(port);
    List<String> codes =
        List.of("Kiều Văn Một", "Kiều Văn Hai").stream()
            .map(
                name ->
                    json.readTree(
                            http.postJson(
                                    "/api/v1/dossiers",
                                    DossierApiIntegrationTests.birthRegistration(name),
                                    "Authorization",
                                    DossierApiIntegrationTests.RECEPTION)
                                .body())
                        .get("code")
                        .asString())
            .toList();
    DossierDetails first = dossiers.get(codes.getFirst()).orElseThrow();
    Instant from = first.receivedAt().minusSeconds(1);
    Instant to =
        dossiers.get(codes.getLast()).orElseThrow().receivedAt().plus(Duration.ofSeconds(1));

    List<String> register =
        dossiers.receivedBy(first.agencyId(), from, to, first.fieldCode(), 1000).stream()
            .map(DossierDetails::code)
            .toList();

    assertThat(register).containsSubsequence(codes);
    assertThat(dossiers.receivedBy(first.agencyId(), from, to, "no-such-field", 1000)).isEmpty();
    assertThat(dossiers.receivedBy(first.agencyId(), to, to.plusSeconds(60), null, 1000)).isEmpty();
    assertThat(dossiers.receivedBy(first.agencyId() + 100_000, from, to, null, 1000)).isEmpty();
  }
}
