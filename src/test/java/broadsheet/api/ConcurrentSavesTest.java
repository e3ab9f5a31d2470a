package broadsheet.api;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.RunningSite;
import broadsheet.content.SectionRepository;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Several editors saving at the same moment on one node: each save is answered, none with a 500. On
 * SQLite a transaction that reads before it writes could lose the race for the write lock and fail
 * at once rather than wait its turn; every transaction now asks for that lock when it begins.
 */
class ConcurrentSavesTest {
  @RegisterExtension static final RunningSite site = RunningSite.with(Fixtures::smallPaper);

  @Test
  void editorsSavingAtTheSameMomentAreAllAnswered() throws Exception {
    int editors = 6;
    int saves = 8;
    List<AdminClient> clients = new ArrayList<>();
    for (int e = 0; e < editors; e++) {
      clients.add(AdminClient.of(site, "desk-" + e + "@test.example", "editor"));
    }
    long city =
        new SectionRepository(site.app().database(), site.clock())
            .findBySlug("city")
            .orElseThrow()
            .id();
    List<Future<List<Integer>>> results = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(editors)) {
      for (int e = 0; e < editors; e++) {
        AdminClient client = clients.get(e);
        int editor = e;
        results.add(
            pool.submit(
                () -> {
                  List<Integer> statuses = new ArrayList<>();
                  for (int s = 0; s < saves; s++) {
                    HttpResponse<String> made =
                        client.post(
                            AdminApiTest.ARTICLES,
                            """
                            {"headline": "Desk %d files story %d",
                             "standfirst": "What the desk learned today.",
                             "body": "The first paragraph.", "section_id": %d,
                             "tags": ["Desk %d"]}
                            """
                                .formatted(editor, s, city, editor));
                    statuses.add(made.statusCode());
                  }
                  return statuses;
                }));
      }
    }
    for (Future<List<Integer>> result : results) {
      assertThat(result.get()).as("every save answered 201").containsOnly(201);
    }
  }
}
