package org.sgnet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sgnet.SgnetException;
import org.sgnet.SharedStore;
import org.sgnet.sources.IdentityCandidates;
import org.sgnet.sources.SourceFormats;
import org.sgnet.sources.SourceInvalidException;
import org.sgnet.sources.SourceOptions;
import org.sgnet.store.BundleImporter;
import org.sgnet.store.ImportProgress;
import org.sgnet.store.Store;

/** Sources into a real store: identities across imports, analysts' decisions, provenance. */
class SourceImportIT {

  static final Path PARTNER = Path.of("src/test/resources/sources/partner");

  private Store store;
  private Identities identities;

  @BeforeEach
  void clear() {
    store = SharedStore.clear();
    identities = new Identities(store);
  }

  private SourceImport.Outcome importPartner(boolean keepGoing, String... files) {
    List<Path> paths = java.util.Arrays.stream(files).map(PARTNER::resolve).toList();
    return new SourceImport(store, new BundleImporter(store, 1000))
        .run(
            SourceFormats.named("partner"),
            paths,
            SourceOptions.defaults(),
            keepGoing,
            ImportProgress.NONE);
  }

  private Map<String, Object> counts() {
    return store.read(
        tx ->
            tx.run(
                    "MATCH (p:Person) WITH count(p) AS people "
                        + "MATCH ()-[t]->() WITH people, count(t) AS links "
                        + "MATCH (a:Agency) RETURN people, links, count(a) AS agencies")
                .single()
                .asMap());
  }

  private List<String> childIds() {
    return store.read(
        tx ->
            tx.run("MATCH (c:Child) RETURN c.id AS id ORDER BY id")
                .list(r -> r.get("id").asString()));
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldMakeOneChildOfTwoSourcesThatShareAUpnAndChangeNoCountWhenImportedAgain() {
    importPartner(false, "social.csv");
    SourceImport.Outcome school = importPartner(false, "school.csv");

    // Amira has the same UPN in both: one child. Ben and Cara/Kara only look alike: two each.
    assertThat(school.conversion().identities().matchedInStore()).isEqualTo(1);
    assertThat(childIds())
        .containsExactly(
            "partner-school-902",
            "partner-school-903",
            "partner-social-101",
            "partner-social-102",
            "partner-social-103");
    Map<String, Object> before = counts();

    importPartner(false, "social.csv");
    importPartner(false, "school.csv");

    assertThat(counts()).isEqualTo(before);
    Map<String, Object> amira =
        store.read(
            tx ->
                tx.run(
                        "MATCH (c:Child {id: 'partner-social-101'})"
                            + " RETURN c.identifiers AS ids, c.provenance AS from,"
                            + " [(p)-[:INVOLVED]->(c) | p.role] AS roles")
                    .single()
                    .asMap());
    assertThat((List<Object>) amira.get("ids"))
        .containsExactly(
            "upn:A123456789012", "record:partner-social-101", "record:partner-school-901");
    assertThat((List<Object>) amira.get("from"))
        .containsExactly("partner:social.csv:2", "partner:school.csv:2");
    assertThat((List<Object>) amira.get("roles"))
        .containsExactlyInAnyOrder("Social Worker", "Agency contact");
  }

  @Test
  void shouldListLookAlikesAsCandidatesAndMergeAConfirmedPairForGood() {
    importPartner(false, "social.csv", "school.csv");

    List<IdentityCandidates.Candidate> candidates = identities.candidates();
    assertThat(candidates)
        .extracting(IdentityCandidates.Candidate::key)
        .containsExactly(
            "partner-school-902|partner-social-102", "partner-school-903|partner-social-103");
    assertThat(candidates.get(0).evidence())
        .containsExactly(
            IdentityCandidates.Evidence.NAME,
            IdentityCandidates.Evidence.BIRTH_DATE,
            IdentityCandidates.Evidence.POSTCODE);

    identities.decide(
        "partner-social-102", "partner-school-902", Identities.Verdict.CONFIRMED, null, "ana");
    identities.decide(
        "partner-social-103",
        "partner-school-903",
        Identities.Verdict.REJECTED,
        "different first names: cousins",
        "ana");

    assertThat(identities.candidates()).isEmpty();
    assertThat(childIds()).doesNotContain("partner-school-902").contains("partner-social-102");
    Map<String, Object> ben =
        store.read(
            tx ->
                tx.run(
                        "MATCH (c:Child {id: 'partner-social-102'})"
                            + " RETURN count{ (:Professional)-[:INVOLVED]->(c) } AS involved")
                    .single()
                    .asMap());
    assertThat(ben.get("involved")).isEqualTo(2L);
    Map<String, Object> before = counts();

    // A later import of both extracts honours the decisions: Ben stays one, Cara and Kara two.
    importPartner(false, "social.csv", "school.csv");

    assertThat(counts()).isEqualTo(before);
    assertThat(childIds()).doesNotContain("partner-school-902");
    assertThat(identities.candidates()).isEmpty();
    assertThat(identities.decisions())
        .extracting(Identities.Decision::verdict, Identities.Decision::by)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Identities.Verdict.CONFIRMED, "ana"),
            org.assertj.core.groups.Tuple.tuple(Identities.Verdict.REJECTED, "ana"));
  }

  @Test
  void shouldRefuseToMergePeopleOfDifferentKindsOrWithoutAReasonToReject() {
    importPartner(false, "social.csv");
    String worker =
        store.read(
            tx ->
                tx.run("MATCH (p:Professional) RETURN p.id AS id ORDER BY id LIMIT 1")
                    .single()
                    .get("id")
                    .asString());

    assertThatThrownBy(
            () ->
                identities.decide(
                    "partner-social-101", worker, Identities.Verdict.CONFIRMED, null, "ana"))
        .isInstanceOf(SgnetException.class)
        .hasMessageContaining("not one person");
    assertThatThrownBy(
            () ->
                identities.decide(
                    "partner-social-101",
                    "partner-social-102",
                    Identities.Verdict.REJECTED,
                    " ",
                    "ana"))
        .hasMessageContaining("needs a reason");
    assertThatThrownBy(
            () ->
                identities.decide(
                    "partner-social-101", "nobody", Identities.Verdict.CONFIRMED, null, "ana"))
        .isInstanceOf(SgnetException.class)
        .extracting(e -> ((SgnetException) e).kind())
        .isEqualTo(SgnetException.Kind.NOT_FOUND);
    assertThat(identities.decisions()).isEmpty();
  }

  @Test
  void shouldWriteNothingWhenARecordIsRefusedAndTheValidRestWithRejects() {
    assertThatThrownBy(() -> importPartner(false, "social.csv", "bad.csv"))
        .isInstanceOf(SourceInvalidException.class)
        .satisfies(e -> assertThat(((SourceInvalidException) e).errors()).hasSize(3));
    assertThat(childIds()).isEmpty();

    SourceImport.Outcome outcome = importPartner(true, "social.csv", "bad.csv");

    assertThat(outcome.conversion().refused()).hasSize(3);
    assertThat(childIds()).hasSize(4).contains("partner-bad-4");
  }
}
