/**
 * Synthetic case bundles for tests and benchmarks: {@link org.sgnet.generate.NetworkGenerator}
 * writes local authorities' worth of children, families, carers, professionals and chronologies,
 * deterministic for a seed and streamed to disk so that national scale fits in little memory.
 *
 * <p>Everything generated is invented: names are pseudonyms such as {@code Child 17} and summaries
 * are neutral stock phrases, so no generated bundle can carry anyone's data.
 */
package org.sgnet.generate;
