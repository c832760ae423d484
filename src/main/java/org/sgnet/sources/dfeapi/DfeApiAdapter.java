package org.sgnet.sources.dfeapi;

import java.nio.file.Path;
import java.util.Set;
import org.sgnet.SgnetException;
import org.sgnet.bundle.Sector;
import org.sgnet.sources.FileByFileAdapter;
import org.sgnet.sources.Locator;
import org.sgnet.sources.SourceOptions;
import org.sgnet.sources.SourceRecords;

/**
 * The JSON payload of the Department for Education's children's social care data API (schema {@code
 * openapi.json} of {@code DFE-Digital/children-in-social-care-schemas}, component {@code CSC}): a
 * list of children, each with their details, social care episodes, care workers, assessments and
 * factors, plans, section 47 enquiries and looked-after placements (see {@code
 * docs/sources/dfe-api.md} for the mapping).
 *
 * <p>The payload never says which authority it is from (the API takes the LA code in its URL), so
 * the records are the authority's of {@link SourceOptions#authority()}: its children's social care
 * is agency {@code la-<code>}, and its child ids are identifiers {@code la-child:<code>:<id>}.
 * Records are named by their JSON path and line, such as {@code /0/social_care_episodes/1 (line
 * 40)}.
 */
public final class DfeApiAdapter extends FileByFileAdapter {

  static final String FORMAT = "dfe-api";

  private static final String WHAT = "a DfE children's social care API payload";

  /** Members of which a child object has at least one (the schema requires la_child_id). */
  private static final Set<String> CHILD_MEMBERS =
      Set.of("la_child_id", "child_details", "social_care_episodes");

  /** Creates the adapter; it holds no state between reads. */
  public DfeApiAdapter() {
    super(
        FORMAT,
        "the JSON payload of the DfE children's social care data API (a list of children with"
            + " their episodes, workers, assessments, plans and placements); .json files",
        "JSON payload",
        "json");
  }

  @Override
  protected void readFile(Path file, SourceOptions options, SourceRecords records) {
    String authority = options.authority();
    String name = file.getFileName().toString();
    JsonTree.Node root = JsonTree.read(file, WHAT);
    if (root.kind() != JsonTree.Kind.ARRAY) {
      throw notPayload(name, root.line(), "the top level is not a list of children");
    }
    if (!root.items().isEmpty()) {
      JsonTree.Node first = root.items().get(0);
      if (first.kind() != JsonTree.Kind.OBJECT
          || first.fields().keySet().stream().noneMatch(CHILD_MEMBERS::contains)) {
        throw notPayload(
            name, first.line(), "the first item has none of " + String.join(", ", CHILD_MEMBERS));
      }
    }
    String agencyId = "la-" + authority;
    records.agency(
        agencyId,
        "Local authority " + authority + " children's social care",
        Sector.SOCIAL_CARE,
        new Locator(FORMAT, name, "/ (line " + root.line() + ")"));
    ChildReader children = new ChildReader(new Payload(records, name, authority, agencyId));
    for (int i = 0; i < root.items().size(); i++) {
      children.read(root.items().get(i), "/" + i);
    }
  }

  private static SgnetException notPayload(String file, int line, String why) {
    return new SgnetException(
        SgnetException.Kind.INVALID_INPUT, file + ":" + line + ": not " + WHAT + ": " + why);
  }
}
