package org.sgnet.api;

import static org.sgnet.security.Roles.ADMIN;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.SerdeImport;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sgnet.bundle.Bundle;
import org.sgnet.bundle.BundleReader;
import org.sgnet.identity.Identities;
import org.sgnet.identity.SourceImport;
import org.sgnet.network.LatestEventDateReader;
import org.sgnet.records.PersonRecord;
import org.sgnet.records.Records;
import org.sgnet.security.AuditNote;
import org.sgnet.sources.SourceAdapter;
import org.sgnet.sources.SourceFormats;
import org.sgnet.sources.SourceOptions;
import org.sgnet.store.BundleImporter;
import org.sgnet.store.ImportProgress;
import org.sgnet.store.ImportSummary;
import org.sgnet.store.Store;

/** What only administrators do: import bundles and correct records. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(ADMIN)
@SerdeImport(ImportSummary.class)
@SerdeImport(Records.Correction.class)
class AdminController {

  private final BundleImporter importer;
  private final Records records;
  private final LatestEventDateReader latest;
  private final Store store;
  private final RunRecorder runs;

  AdminController(
      BundleImporter importer,
      Records records,
      LatestEventDateReader latest,
      Store store,
      RunRecorder runs) {
    this.runs = runs;
    this.importer = importer;
    this.records = records;
    this.latest = latest;
    this.store = store;
  }

  /**
   * What a source's import did.
   *
   * @param format the source format
   * @param recordsByFile the records read, by file
   * @param refused each refused record with its reason (locator, field, message; no values)
   * @param personRecords the person records read
   * @param people the people they became
   * @param matchedInStore the people matched to people already in the store by an identifier
   * @param joinedInSource the people made of several records that share an identifier
   * @param written what the write did
   * @param candidates the pairs of people in the store that look alike without an identifier
   */
  @Serdeable
  record SourceImportSummary(
      String format,
      Map<String, Integer> recordsByFile,
      java.util.List<String> refused,
      int personRecords,
      int people,
      int matchedInStore,
      int joinedInSource,
      ImportSummary written,
      int candidates) {}

  /**
   * Imports a case bundle uploaded as a {@code .zip} (multipart field {@code bundle}), with the
   * same checks and all-or-nothing write as {@code sgnet import}; or, with {@code from}, a source
   * of that format (a file, or a {@code .zip} of its files), as {@code sgnet import --from}.
   */
  @Operation(
      summary = "Import a case bundle (.zip) or, with ?from=FORMAT, a statutory return or extract",
      description =
          "400 with every error of the bundle (file:line: column X: message) or source"
              + " (file:line or path: field X: message) and nothing written when it has any"
              + " error; with rejects=true a source's valid records are imported and the refused"
              + " ones listed in the answer with their reasons. 409, nothing written, while"
              + " another import into the store is running. Formats: ssda903, cin, annex-a, ssd,"
              + " dfe-api, partner.")
  @Post(value = "/import{?from,authority,rejects}", consumes = MediaType.MULTIPART_FORM_DATA)
  Object importBundle(
      HttpRequest<?> request,
      io.micronaut.security.authentication.Authentication authentication,
      CompletedFileUpload bundle,
      @io.micronaut.core.annotation.Nullable @io.micronaut.http.annotation.QueryValue String from,
      @io.micronaut.core.annotation.Nullable @io.micronaut.http.annotation.QueryValue
          String authority,
      @io.micronaut.http.annotation.QueryValue(defaultValue = "false") boolean rejects) {
    if (from != null && !from.isBlank()) {
      SourceAdapter adapter = SourceFormats.named(from);
      SourceOptions options = new SourceOptions(authority);
      try (SourceUpload upload = SourceUpload.of(bundle)) {
        SourceImport.Outcome outcome =
            new SourceImport(store, importer)
                .run(
                    adapter,
                    java.util.List.of(upload.folder()),
                    options,
                    rejects,
                    ImportProgress.NONE);
        latest.forgetLatestEventDate();
        runs.afterImport(authentication.getName());
        AuditNote.attach(request, AuditNote.size(outcome.written().rows()));
        var c = outcome.conversion();
        return new SourceImportSummary(
            c.format(),
            c.recordsByFile(),
            c.refused().stream().map(Object::toString).toList(),
            c.identities().personRecords(),
            c.identities().people(),
            c.identities().matchedInStore(),
            c.identities().joinedInSource(),
            outcome.written(),
            new Identities(store).candidates().size());
      }
    }
    Bundle read;
    try (InputStream in = bundle.getInputStream()) {
      read = new BundleReader().read(bundle.getFilename(), in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ImportSummary summary = importer.importBundle(read, ImportProgress.NONE);
    latest.forgetLatestEventDate();
    runs.afterImport(authentication.getName());
    AuditNote.attach(request, AuditNote.size(summary.rows()));
    return summary;
  }

  /**
   * Corrects a person's name, role or agency. Fields left out are unchanged; the audit log keeps
   * the record before and after.
   *
   * @param name the corrected name, or absent
   * @param role the corrected role (empty to clear), or absent
   * @param agencyId a professional's corrected agency, or absent
   */
  @Serdeable
  record PersonCorrection(String name, String role, String agencyId) {}

  @Operation(
      summary = "Correct a person's name, role or agency",
      description =
          "409, nothing changed, while an import into the store is running: a staged import that"
              + " failed would put back the values from before it, over the correction.")
  @Patch("/people/{id}")
  Records.Correction correct(
      HttpRequest<?> request, @PathVariable String id, @Body PersonCorrection correction) {
    Records.Correction result =
        store.whileNoImportRuns(
            () -> records.correct(id, correction.name(), correction.role(), correction.agencyId()));
    Map<String, Map<String, Object>> change = new LinkedHashMap<>();
    change.put("before", fields(result.before()));
    change.put("after", fields(result.after()));
    AuditNote.attach(request, new AuditNote(null, Map.of(), 1L, change, null));
    return result;
  }

  private static Map<String, Object> fields(PersonRecord p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", p.name());
    m.put("role", p.role());
    m.put("agencyId", p.agencyId());
    return m;
  }
}
