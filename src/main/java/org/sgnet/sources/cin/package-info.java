/**
 * The {@code cin} source: the Children in Need census return (XML) of a local authority, read into
 * children, their authority's children's social care and a chronology of referrals, assessments,
 * risks, strategy discussions, conferences and plans. The mapping is in {@code
 * docs/sources/cin.md}.
 */
package org.sgnet.sources.cin;
