/**
 * The {@code annex-a} source: the Ofsted Annex A workbook of a local authority's children's
 * services, read sheet by sheet into children, allocated workers, placements and dated events.
 */
package org.sgnet.sources.annexa;
