package org.sgnet.api;

import static org.sgnet.security.Roles.ADMIN;
import static org.sgnet.security.Roles.ANALYST;
import static org.sgnet.security.Roles.REVIEWER;
import static org.sgnet.security.Roles.TOOL;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.SerdeImport;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import org.sgnet.network.AgencyNetwork;
import org.sgnet.network.BoardChildren;
import org.sgnet.network.BoardPeople;
import org.sgnet.network.BoardReader;
import org.sgnet.network.CoordinationMatrix;
import org.sgnet.network.CoordinationMatrixReader;
import org.sgnet.network.LatestEventDateReader;
import org.sgnet.rules.RuleDefaults;
import org.sgnet.store.Store;

/**
 * The board's view across agencies, built on the server for any size of store: the matrix, the
 * agency network (counts, never every child), one agency's or pair's children a page at a time, and
 * the people of such a selection when it has at most {@code sgnet.board.people-cap} (300) people.
 */
@Controller("/api/board")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({ADMIN, ANALYST, REVIEWER, TOOL})
@SerdeImport(CoordinationMatrix.class)
@SerdeImport(CoordinationMatrix.Agency.class)
@SerdeImport(CoordinationMatrix.Cell.class)
@SerdeImport(AgencyNetwork.class)
@SerdeImport(AgencyNetwork.Agency.class)
@SerdeImport(AgencyNetwork.Link.class)
@SerdeImport(BoardChildren.class)
@SerdeImport(BoardChildren.Child.class)
@SerdeImport(BoardPeople.class)
@SerdeImport(BoardPeople.Node.class)
@SerdeImport(BoardPeople.Edge.class)
class BoardController {

  private final LatestEventDateReader latest;
  private final CoordinationMatrixReader matrices;
  private final PersonCodes codes;
  private final BoardReader board;
  private final RuleDefaults defaults;
  private final int peopleCap;

  BoardController(
      LatestEventDateReader latest,
      Store store,
      BoardReader board,
      PersonCodes codes,
      RuleDefaults defaults,
      @Property(name = "sgnet.board.people-cap", defaultValue = "300") int peopleCap) {
    this.codes = codes;
    this.latest = latest;
    this.matrices = new CoordinationMatrixReader(store);
    this.board = board;
    this.defaults = defaults;
    this.peopleCap = peopleCap;
  }

  /**
   * The agency coordination matrix: per pair of agencies, the children both are involved with and
   * the coordination events of the window that brought them together.
   */
  @Operation(summary = "Agency coordination matrix")
  @Get("/matrix{?asOf,window}")
  CoordinationMatrix matrix(
      HttpRequest<?> request,
      Authentication authentication,
      @QueryValue(defaultValue = "") String asOf,
      @QueryValue(defaultValue = "90") int window) {
    LocalDate date = Dates.asOf(asOf, latest);
    CoordinationMatrix matrix = matrices.coordinationMatrix(date, window);
    return codes.visible(
        request, authentication, matrix, CoordinationMatrix.class, matrix.cells().size());
  }

  /**
   * The agency network: every agency with how many children it is involved with, and every pair
   * that shares children or coordinated, with its counts and whether it is a silo (rule 5).
   */
  @Operation(summary = "Agency network with shared children, coordination and silos")
  @Get("/network{?asOf,window}")
  AgencyNetwork network(
      HttpRequest<?> request,
      Authentication authentication,
      @QueryValue(defaultValue = "") String asOf,
      @Nullable @QueryValue Integer window) {
    AgencyNetwork network =
        board.network(
            Dates.asOf(asOf, latest),
            windowOf(window),
            defaults.options().siloSharedChildren(),
            peopleCap);
    return codes.visible(
        request, authentication, network, AgencyNetwork.class, network.links().size());
  }

  /**
   * One agency's children, or with {@code other} the children a pair shares, a page at a time; each
   * with how many agencies are involved with it.
   */
  @Operation(summary = "An agency's or a pair's children, paged")
  @Get("/children{?agency,other,asOf,window,page,size}")
  BoardChildren children(
      HttpRequest<?> request,
      Authentication authentication,
      @RequestBean Selection chosen,
      @RequestBean Paging paging) {
    BoardChildren children =
        board.children(
            dateOf(chosen),
            windowOf(chosen),
            chosen.agency(),
            chosen.other(),
            paging.page(),
            paging.size());
    return codes.visible(
        request, authentication, children, BoardChildren.class, children.items().size());
  }

  /**
   * The people of one agency's children or a pair's shared children, to draw: at most the cap, else
   * 400 naming it.
   */
  @Operation(summary = "The people of an agency's or a pair's children, capped")
  @Get("/people{?agency,other,asOf,window}")
  BoardPeople people(
      HttpRequest<?> request, Authentication authentication, @RequestBean Selection chosen) {
    BoardPeople people =
        board.people(dateOf(chosen), windowOf(chosen), chosen.agency(), chosen.other(), peopleCap);
    return codes.visible(request, authentication, people, BoardPeople.class, people.nodes().size());
  }

  /**
   * The query parameters that choose one agency's children or a pair's: {@code agency}, {@code
   * other} (blank is none), and the as-of date and the window as the agency network reads them.
   */
  @Introspected
  record Selection(
      @Nullable @QueryValue String agency,
      @Nullable @QueryValue String other,
      @QueryValue(defaultValue = "") String asOf,
      @Nullable @QueryValue Integer window) {

    Selection {
      agency = blankToNull(agency);
      other = blankToNull(other);
    }

    private static String blankToNull(String s) {
      return s == null || s.isBlank() ? null : s;
    }
  }

  private LocalDate dateOf(Selection selection) {
    return Dates.asOf(selection.asOf(), latest);
  }

  private int windowOf(Selection selection) {
    return windowOf(selection.window());
  }

  private int windowOf(Integer window) {
    return window == null ? defaults.options().windowDays() : window;
  }
}
