package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.catalog.Actor;
import vn.motcua.catalog.CatalogAdministration;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.organization.AgencyCode;
import vn.motcua.organization.Organization;
import vn.motcua.security.AccountStore;
import vn.motcua.security.Role;
import vn.motcua.security.SignedInOfficer;
import vn.motcua.testing.IntegrationTest;

/**
 * An inter-agency dossier on the real database: a process whose second step is at the neighbouring
 * ward; the transfer opens a linked child there, the child is processed by that ward's officers,
 * and its result brings the parent back to its leader. Both show each other.
 */
@IntegrationTest
class InterAgencyIntegrationTests {

  static final String PROCEDURE = "1.004772";

  @Autowired CatalogAdministration catalog;
  @Autowired Organization organization;
  @Autowired DossierReception reception;
  @Autowired DossierActions actions;
  @Autowired Dossiers dossiers;
  @Autowired AccountStore accounts;

  SignedInOfficer officer(String username) {
    return new SignedInOfficer(accounts.findByUsername(username).orElseThrow(), false);
  }

  /** A dossier accepted at Thốt Nốt's counter. */
  Registered receive(String procedure, String applicant) {
    return reception.receive(
        new Intake(
            procedure,
            Channel.IN_PERSON,
            null,
            new Applicant(
                ApplicantKind.INDIVIDUAL, applicant, null, null, null, "0912345678", null),
            null,
            null,
            1,
            null,
            null,
            null),
        DossierReception.Outcome.ACCEPT,
        List.of(),
        null,
        List.of(),
        officer("tiepnhan"),
        null);
  }

  @Test
  void transferOpensAChildAtTheOtherWardWhoseResultBringsTheParentBack() {
    long thotNot = organization.agencyId(new AgencyCode("000.01.31.H13")).orElseThrow();
    catalog.reviseProcess(
        thotNot,
        PROCEDURE,
        List.of(
            new ProcessStep(1, "Thẩm định", Role.SPECIALIST, null, new BigDecimal("0.5"), null),
            new ProcessStep(
                2,
                "Xác minh tại phường Thuận Hưng",
                Role.SPECIALIST,
                null,
                new BigDecimal("1"),
                "000.02.31.H13"),
            new ProcessStep(3, "Ký duyệt", Role.LEADER, null, new BigDecimal("0.5"), null)),
        new Actor("test", null));
    Registered parent = receive(PROCEDURE, "Liên Thông");

    Performed transferred =
        actions.perform(
            parent.code(),
            ActionRequest.simple(ActionName.TRANSFER, 0, "Nhờ xác minh"),
            officer("chuyenvien"),
            null);

    assertThat(transferred.childCode()).startsWith("000.02.31.H13-");
    DossierDetails child = dossiers.find(transferred.childCode(), officer("chuyenvien2"));
    assertThat(child.parentCode()).isEqualTo(parent.code());
    assertThat(child.status()).isEqualTo(DossierStatus.PROCESSING);
    assertThat(dossiers.find(parent.code(), officer("lanhdao")).step().kind())
        .isEqualTo("OTHER_AGENCY");
    assertThat(dossiers.find(parent.code(), officer("lanhdao")).children())
        .extracting(DossierDetails.Linked::code)
        .containsExactly(child.code());

    actions.perform(
        child.code(),
        ActionRequest.simple(ActionName.FORWARD, 0, null),
        officer("chuyenvien2"),
        null);
    actions.perform(
        child.code(),
        new ActionRequest(
            ActionName.RESULT_READY,
            1,
            null,
            null,
            null,
            null,
            null,
            "XM-01",
            null,
            true,
            null,
            null,
            null),
        officer("lanhdao2"),
        null);

    DossierDetails returnedChild = dossiers.find(child.code(), officer("chuyenvien2"));
    DossierDetails resumed = dossiers.find(parent.code(), officer("lanhdao"));
    assertThat(returnedChild.status()).isEqualTo(DossierStatus.RETURNED);
    assertThat(resumed.step().name()).isEqualTo("Ký duyệt");
    assertThat(dossiers.history(resumed))
        .extracting(HistoryLine::action)
        .containsExactly("RECEIVE", "TRANSFER", "CHILD_RETURNED");
    assertThat(actions.available(parent.code(), officer("lanhdao")))
        .contains(ActionName.RESULT_READY);
  }

  @Test
  void transferToTheSettlingAgencyItselfIsRefusedNamingTheAgency() {
    Registered dossier = receive("1.001193", "Không Liên Thông");

    assertThatThrownBy(
            () ->
                actions.perform(
                    dossier.code(),
                    new ActionRequest(
                        ActionName.TRANSFER,
                        0,
                        null,
                        null,
                        null,
                        "000.01.31.H13",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                    officer("chuyenvien"),
                    null))
        .isInstanceOfSatisfying(
            DossierException.Invalid.class,
            invalid -> {
              assertThat(invalid.problems().getFirst().field()).isEqualTo("agency");
              assertThat(invalid.problems().getFirst().messageKey())
                  .isEqualTo("dossier.invalid.sameAgency");
            });
  }
}
