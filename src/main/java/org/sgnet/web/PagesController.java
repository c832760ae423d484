package org.sgnet.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * The reviewer pages. Each is a shell: its script fetches what the page shows from the JSON API
 * with the visitor's own credentials, so a page never shows more than the API lets that role see.
 */
@Controller
@Hidden
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class PagesController {

  /** Children with counts of findings, search and a filter by agency. */
  @Get
  HttpResponse<String> children(Authentication authentication) {
    String main =
        """
        <h1 class="govuk-heading-l">Children</h1>
        <form method="get" action="/" class="sgnet-filters" id="children-form">
        <div class="govuk-form-group">
        <label class="govuk-label" for="q">Name or id contains</label>
        <input class="govuk-input govuk-input--width-20" id="q" name="q" type="search" \
        autocomplete="off" spellcheck="false">
        </div>
        <div class="govuk-form-group">
        <label class="govuk-label" for="agency">Known to agency</label>
        <select class="govuk-select" id="agency" name="agency">
        <option value="">Any agency</option>
        </select>
        </div>
        %s
        <button type="submit" class="govuk-button" data-module="govuk-button">Search</button>
        </form>
        <p class="govuk-body" id="children-summary" aria-live="polite">Loading children…</p>
        <table class="govuk-table sgnet-children" id="children-table" hidden>
        <caption class="govuk-table__caption govuk-table__caption--m">Children and their \
        findings</caption>
        <thead class="govuk-table__head">
        <tr class="govuk-table__row">
        <th scope="col" class="govuk-table__header">Child</th>
        <th scope="col" class="govuk-table__header">Id</th>
        <th scope="col" class="govuk-table__header">Born</th>
        <th scope="col" class="govuk-table__header govuk-table__header--numeric">High</th>
        <th scope="col" class="govuk-table__header govuk-table__header--numeric">Medium</th>
        <th scope="col" class="govuk-table__header govuk-table__header--numeric">Low</th>
        </tr>
        </thead>
        <tbody class="govuk-table__body"></tbody>
        </table>
        <nav class="govuk-pagination" id="children-pages" aria-label="Pages of children" \
        hidden></nav>
        """
            .formatted(asOfFields(false));
    return Html.response(
        HttpStatus.OK, Html.page("Children", "children", "/", user(authentication), "", main));
  }

  /** One child: ecomap, findings, timeline, as of a date. */
  @Get("/children/{id}")
  HttpResponse<String> child(@PathVariable String id, Authentication authentication) {
    String main =
        """
        <span class="govuk-caption-l">Child</span>
        <h1 class="govuk-heading-l" id="child-name">%1$s</h1>
        <form method="get" action="/children/%2$s" class="sgnet-filters" id="asof-form">
        %3$s
        <button type="submit" class="govuk-button" data-module="govuk-button">Show</button>
        </form>
        <div class="govuk-error-summary" id="page-error" data-module="govuk-error-summary" \
        hidden tabindex="-1">
        <div role="alert">
        <h2 class="govuk-error-summary__title">There is a problem</h2>
        <div class="govuk-error-summary__body"><p class="govuk-body" id="page-error-text"></p></div>
        </div>
        </div>
        <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds-from-desktop">
        <h2 class="govuk-heading-m">Ecomap</h2>
        <p class="govuk-body-s" id="ecomap-caption">Loading the network…</p>
        <div id="ecomap" class="sgnet-graph" role="img" aria-labelledby="ecomap-caption"></div>
        <div class="govuk-button-group sgnet-no-print">
        <button type="button" class="govuk-button govuk-button--secondary" data-export="png" \
        data-graph="ecomap" data-module="govuk-button">Download ecomap as PNG</button>
        <button type="button" class="govuk-button govuk-button--secondary" data-export="svg" \
        data-graph="ecomap" data-module="govuk-button">Download ecomap as SVG</button>
        </div>
        %4$s
        <details class="govuk-details">
        <summary class="govuk-details__summary"><span class="govuk-details__summary-text">\
        The ecomap as a list</span></summary>
        <div class="govuk-details__text" id="ecomap-list"></div>
        </details>
        </div>
        <div class="govuk-grid-column-one-third-from-desktop">
        <h2 class="govuk-heading-m">Findings</h2>
        <p class="govuk-body-s" id="findings-summary" aria-live="polite">Loading findings…</p>
        <p class="govuk-body-s sgnet-evidence-status" id="evidence-status" aria-live="polite"></p>
        <ul class="govuk-list sgnet-findings" id="findings"></ul>
        </div>
        </div>
        <h2 class="govuk-heading-m">Timeline</h2>
        <p class="govuk-body-s" id="timeline-caption">Loading the chronology…</p>
        <div id="timeline" class="sgnet-timeline"></div>
        <div id="timeline-tip" class="sgnet-tip" role="tooltip" hidden></div>
        <details class="govuk-details">
        <summary class="govuk-details__summary"><span class="govuk-details__summary-text">\
        The timeline as a table</span></summary>
        <div class="govuk-details__text" id="timeline-table"></div>
        </details>
        """
            .formatted(Html.escape(id), urlPart(id), asOfFields(true), legend());
    return Html.response(
        HttpStatus.OK,
        Html.page(
            "Child " + id,
            "child",
            "",
            user(authentication),
            "data-child-id=\"" + Html.escape(id) + "\"",
            main));
  }

  /** The whole network or one agency's part, and the agency coordination matrix. */
  @Get("/network")
  HttpResponse<String> network(Authentication authentication) {
    String main =
        """
        <h1 class="govuk-heading-l">Network</h1>
        <form method="get" action="/network" class="sgnet-filters" id="network-form">
        <div class="govuk-form-group">
        <label class="govuk-label" for="agency">Show</label>
        <select class="govuk-select" id="agency" name="agency">
        <option value="">The whole network</option>
        </select>
        </div>
        %s
        <button type="submit" class="govuk-button" data-module="govuk-button">Show</button>
        </form>
        <h2 class="govuk-heading-m">People and agencies</h2>
        <p class="govuk-body-s" id="network-caption">Loading the network…</p>
        <div id="network" class="sgnet-graph sgnet-graph--large" role="img" \
        aria-labelledby="network-caption"></div>
        <div class="govuk-button-group sgnet-no-print">
        <button type="button" class="govuk-button govuk-button--secondary" data-export="png" \
        data-graph="network" data-module="govuk-button">Download network as PNG</button>
        <button type="button" class="govuk-button govuk-button--secondary" data-export="svg" \
        data-graph="network" data-module="govuk-button">Download network as SVG</button>
        </div>
        <h2 class="govuk-heading-m">Agency coordination matrix</h2>
        <p class="govuk-body-s" id="matrix-caption">Loading the matrix…</p>
        <div id="matrix" class="sgnet-matrix"></div>
        <div id="matrix-children" aria-live="polite"></div>
        """
            .formatted(asOfFields(true));
    return Html.response(
        HttpStatus.OK, Html.page("Network", "network", "/network", user(authentication), "", main));
  }

  private static Html.User user(Authentication authentication) {
    return new Html.User(
        authentication.getName(), String.join(", ", authentication.getRoles().stream().toList()));
  }

  /** The as-of date and (optionally) window fields; the script fills them from the query. */
  private static String asOfFields(boolean window) {
    String date =
        """
        <div class="govuk-form-group">
        <label class="govuk-label" for="asOf">As of</label>
        <div class="govuk-hint" id="asOf-hint">Leave empty for the latest recorded date</div>
        <input class="govuk-input govuk-input--width-10" id="asOf" name="asOf" type="date" \
        aria-describedby="asOf-hint">
        </div>
        """;
    if (!window) {
      return date;
    }
    return date
        + """
        <div class="govuk-form-group">
        <label class="govuk-label" for="window">Window in days</label>
        <div class="govuk-hint" id="window-hint">Events this many days up to the date count</div>
        <input class="govuk-input govuk-input--width-4" id="window" name="window" type="text" \
        inputmode="numeric" pattern="[0-9]*" aria-describedby="window-hint">
        </div>
        """;
  }

  private static String legend() {
    return """
        <h3 class="govuk-heading-s">Legend</h3>
        <ul class="govuk-list sgnet-legend" id="ecomap-legend">
        <li><span class="sgnet-swatch sgnet-swatch--parent" aria-hidden="true"></span>Parent with \
        parental responsibility</li>
        <li><span class="sgnet-swatch sgnet-swatch--parent-no-pr" aria-hidden="true"></span>Parent \
        figure without parental responsibility</li>
        <li><span class="sgnet-swatch sgnet-swatch--placed" aria-hidden="true"></span>Placed with \
        (lives with)</li>
        <li><span class="sgnet-swatch sgnet-swatch--sibling" aria-hidden="true"></span>Sibling</li>
        <li><span class="sgnet-swatch sgnet-swatch--sibling-gap" aria-hidden="true"></span>Sibling \
        living apart without contact (broken red line)</li>
        <li><span class="sgnet-swatch sgnet-swatch--involved" aria-hidden="true"></span>Professional \
        involved</li>
        <li><span class="sgnet-swatch sgnet-swatch--lead" aria-hidden="true"></span>Lead \
        professional</li>
        <li><span class="sgnet-shape sgnet-shape--child" aria-hidden="true"></span>Child, \
        <span class="sgnet-shape sgnet-shape--family" aria-hidden="true"></span>family, \
        <span class="sgnet-shape sgnet-shape--carer" aria-hidden="true"></span>carer, \
        <span class="sgnet-shape sgnet-shape--other" aria-hidden="true"></span>other, \
        <span class="sgnet-shape sgnet-shape--professional" aria-hidden="true"></span>professional \
        (grey boxes are agencies)</li>
        </ul>
        """;
  }

  /** A path segment: ids are plain, but a hostile one must not break out of the attribute. */
  private static String urlPart(String id) {
    return Html.escape(java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8));
  }
}
