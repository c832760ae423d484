package org.sgnet.sources.ssd;

import java.nio.file.Path;
import java.util.List;
import org.sgnet.sources.FormatAdapter;
import org.sgnet.sources.SourceOptions;
import org.sgnet.sources.SourceRecords;

/**
 * The Standard Safeguarding Dataset (SSD, data-to-insight/ssd-data-model): a local authority's
 * children's social care records exported as one CSV file per SSD table ({@code ssd_person.csv},
 * {@code ssd_involvements.csv}, …), each recognised by its columns whatever its name. See {@code
 * docs/sources/ssd.md} for the mapping table.
 *
 * <p>Children are {@code ssd-<pers_person_id>} with the identifiers {@code la-child:<authority>:
 * <id>}, {@code upn:} and {@code nhs:}; professionals {@code ssd.prof-<prof_professional_id>} of
 * the authority's children's social care ({@code la-<authority>}, the agency of every record); each
 * episode of care places the child with its placement's carer. The export names no authority, so it
 * is {@link SourceOptions#authority()}.
 */
public final class SsdAdapter extends FormatAdapter {

  static final String FORMAT = "ssd";

  /** Creates the adapter; it holds no state between reads. */
  public SsdAdapter() {
    super(
        FORMAT,
        "CSV exports of the Standard Safeguarding Dataset tables (ssd_person, ssd_involvements,"
            + " ssd_cla_episodes, …), one file per table");
  }

  @Override
  protected void read(List<Path> paths, SourceOptions options, SourceRecords records) {
    SsdContext ctx = new SsdContext(records, SsdExtract.read(paths, records), options);
    // Children first: every other table names them. Care before the chronology: looked-after
    // reviews find their child through the episodes' periods of care.
    SsdPeople people = new SsdPeople(ctx);
    people.map();
    SsdCare care = new SsdCare(ctx);
    care.map();
    new SsdEvents(ctx, care).map();
    people.ethnicity(records);
  }
}
