/**
 * The {@code ssd} source: CSV exports of the Standard Safeguarding Dataset (SSD) tables of a local
 * authority's children's social care system, one file per table, recognised by their columns (see
 * {@code docs/sources/ssd.md} for the mapping).
 */
package org.sgnet.sources.ssd;
