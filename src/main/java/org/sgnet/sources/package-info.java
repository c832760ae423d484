/**
 * Data from other sources — statutory returns and partner agencies' extracts — into the case-bundle
 * model, with identities matched and every row traced to the record it came from.
 *
 * <p>Each format has a {@link org.sgnet.sources.SourceAdapter} (in a sub-package) that only maps
 * its records; {@link org.sgnet.sources.Conversion} is the one path after that: {@link
 * org.sgnet.sources.IdentityResolver} joins records that share a strong identifier, the bundle
 * reader checks the result as it checks any bundle, and the bundle importer writes it all or
 * nothing. {@link org.sgnet.sources.IdentityCandidates} lists the people who only look alike, for
 * an analyst to decide. What several formats share is here too, never in one format's package: the
 * DfE's code lists ({@link org.sgnet.sources.CodeLists}), typed reads of a record ({@link
 * org.sgnet.sources.Fields}) and finding and refusing files ({@link
 * org.sgnet.sources.SourceFiles}). Nothing here touches the store.
 */
package org.sgnet.sources;
