package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.catalog.Channel;
import vn.motcua.security.AccountStore;
import vn.motcua.security.SignedInOfficer;
import vn.motcua.testing.IntegrationTest;

/**
 * What must hold when officers act at the same moment, on the real database (H2 and PostgreSQL):
 * dossier codes never collide and a day's sequence has no gaps; of two actions on one dossier
 * exactly one wins.
 */
@IntegrationTest
class DossierConcurrencyIntegrationTests {

  @Autowired DossierReception reception;
  @Autowired DossierActions actions;
  @Autowired AccountStore accounts;

  SignedInOfficer officer(String username) {
    return new SignedInOfficer(accounts.findByUsername(username).orElseThrow(), false);
  }

  Intake birthRegistration(String name) {
    return new Intake(
        "1.001193",
        Channel.IN_PERSON,
        null,
        new Applicant(
            ApplicantKind.INDIVIDUAL, name, "092099001234", null, null, "0912345678", null),
        null,
        null,
        1,
        null,
        null,
        null);
  }

  @Test
  void concurrentReceptionsGetDistinctCodesWithoutGaps() throws Exception {
    SignedInOfficer reception2 = officer("tiepnhan2");
    int threads = 12;
    int each = 5;
    CountDownLatch start = new CountDownLatch(1);
    List<Callable<List<String>>> work = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      work.add(
          () -> {
            start.await();
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < each; i++) {
              codes.add(
                  reception
                      .receive(
                          birthRegistration("Song song " + thread + "-" + i),
                          DossierReception.Outcome.ACCEPT,
                          List.of(),
                          null,
                          List.of(),
                          reception2,
                          null)
                      .code());
            }
            return codes;
          });
    }
    List<String> codes = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<List<String>>> futures = work.stream().map(pool::submit).toList();
      start.countDown();
      for (Future<List<String>> future : futures) {
        codes.addAll(future.get());
      }
    }

    assertThat(codes).hasSize(threads * each).doesNotHaveDuplicates();
    Set<String> days =
        codes.stream().map(c -> c.substring(0, c.lastIndexOf('-'))).collect(Collectors.toSet());
    assertThat(days).as("one agency, one day").hasSize(1);
    List<Integer> sequences =
        codes.stream()
            .map(c -> Integer.parseInt(c.substring(c.lastIndexOf('-') + 1)))
            .sorted()
            .toList();
    assertThat(sequences.getLast() - sequences.getFirst() + 1)
        .as("no gaps: the sequences are consecutive")
        .isEqualTo(threads * each);
  }

  @Test
  void ofTwoSimultaneousActionsOnOneDossierExactlyOneWins() throws Exception {
    SignedInOfficer counter = officer("tiepnhan");
    SignedInOfficer specialist = officer("chuyenvien");
    SignedInOfficer leader = officer("lanhdao");
    Registered registered =
        reception.receive(
            birthRegistration("Hai người cùng lúc"),
            DossierReception.Outcome.ACCEPT,
            List.of(),
            null,
            List.of(),
            counter,
            null);
    CountDownLatch start = new CountDownLatch(1);
    Callable<String> forward =
        () -> {
          start.await();
          actions.perform(
              registered.code(),
              ActionRequest.simple(ActionName.FORWARD, 0, null),
              specialist,
              null);
          return "forwarded";
        };
    Callable<String> withdraw =
        () -> {
          start.await();
          actions.perform(
              registered.code(),
              ActionRequest.simple(ActionName.WITHDRAW, 0, "xin rút"),
              leader,
              null);
          return "withdrawn";
        };

    List<String> outcomes = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
      Future<String> first = pool.submit(forward);
      Future<String> second = pool.submit(withdraw);
      start.countDown();
      for (Future<String> future : List.of(first, second)) {
        try {
          outcomes.add(future.get());
        } catch (java.util.concurrent.ExecutionException e) {
          assertThat(e.getCause()).isInstanceOf(DossierException.Conflict.class);
          assertThat(((DossierException.Conflict) e.getCause()).currentVersion()).isEqualTo(1);
          outcomes.add("refused");
        }
      }
    }

    assertThat(outcomes).containsOnlyOnce("refused").hasSize(2);
  }
}
