/**
 * Read models of the network around children and agencies, each with the one small reader that
 * builds it from the statements of {@code cypher/read} and {@code cypher/board}: a child's network
 * on a date ({@link org.sgnet.network.ChildNetwork}, the ecomap), a search over children ({@link
 * org.sgnet.network.ChildPage}), the board's agency coordination matrix ({@link
 * org.sgnet.network.CoordinationMatrix}), a child's coordination picture ({@link
 * org.sgnet.network.Coordination}, the input of {@code graph.ChildMetrics}), how much the store
 * holds, and the latest event date that reads take as their default date.
 *
 * <p>Why a package of its own: the HTTP API, the report, the command line and the child metrics of
 * {@code graph} all read these, so they belong to none of them; and they are what the network looks
 * like to its readers, not how it is stored, so they are not the store's. This package depends only
 * on the store, never on its readers, which keeps the feature packages free of cycles. No Micronaut
 * here: {@code app} makes the readers beans.
 */
package org.sgnet.network;
