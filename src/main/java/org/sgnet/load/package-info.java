/**
 * A load driver for a running sgnet server: virtual users of each role (reviewers opening
 * children's pages, tools polling findings, analysts running named and ad-hoc queries) and one
 * import in the middle, over plain HTTP with bearer tokens, reporting throughput and latency per
 * endpoint. It runs against any deployment, so it uses nothing but the JDK's HTTP client and the
 * server's public API.
 */
package org.sgnet.load;
