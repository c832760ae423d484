package org.sgnet.cli;

import io.micronaut.context.ApplicationContext;
import java.io.PrintWriter;
import java.util.Optional;
import org.sgnet.SgnetException;
import org.sgnet.records.AgencyRecord;
import org.sgnet.records.PersonRecord;
import org.sgnet.records.Records;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code sgnet show ID}: prints the record of a person or an agency. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
      "Show the record of a person or an agency by id (people first: ids of people and"
          + " agencies may coincide), with the source records and identifiers a person was built"
          + " from. Exit code 2 when no record has that id."
    },
    footer = {"", "Examples:", "  sgnet show child-j", "  sgnet show ag-police --db ./data"})
final class ShowCommand extends ContextCommand {

  @Parameters(paramLabel = "ID", description = "A person id or an agency id.")
  String id;

  @Override
  void work(ApplicationContext context, PrintWriter out) {
    Records records = context.getBean(Records.class);
    Optional<PersonRecord> person = records.person(id);
    Optional<AgencyRecord> agency = records.agency(id);
    if (person.isEmpty() && agency.isEmpty()) {
      throw new SgnetException(SgnetException.Kind.NOT_FOUND, "no person or agency has id " + id);
    }
    person.ifPresent(
        p -> {
          out.println("Person " + p.id());
          row(out, "kind", p.kind());
          row(out, "name", p.name());
          row(out, "role", p.role());
          row(out, "birth date", p.birthDate());
          row(
              out,
              "agency",
              p.agencyId() == null ? null : p.agencyName() + " (" + p.agencyId() + ")");
          if (!p.identifiers().isEmpty()) {
            row(out, "identifiers", String.join(", ", p.identifiers()));
          }
          // Where the person came from, one record a line, so that a reviewer can go back to it.
          for (int i = 0; i < p.provenance().size(); i++) {
            row(out, i == 0 ? "sources" : "", p.provenance().get(i));
          }
        });
    agency.ifPresent(
        a -> {
          out.println("Agency " + a.id());
          row(out, "name", a.name());
          row(out, "sector", a.sector());
        });
  }

  private static void row(PrintWriter out, String label, Object value) {
    if (value != null) {
      out.printf("  %-11s %s%n", label.isEmpty() ? "" : label + ":", value);
    }
  }
}
