/**
 * The {@code dfe-api} source: the JSON payload that a local authority's case management system
 * sends to the Department for Education's children's social care data API (schema {@code
 * openapi.json} of {@code DFE-Digital/children-in-social-care-schemas}): a list of children with
 * their details, social care episodes, allocated workers, assessments and factors, plans, section
 * 47 enquiries and looked-after placements. See {@code docs/sources/dfe-api.md} for the mapping.
 */
package org.sgnet.sources.dfeapi;
