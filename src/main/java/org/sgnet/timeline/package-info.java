/**
 * A child's chronology ({@link org.sgnet.timeline.Timeline}, one lane per agency) and the reader
 * that builds it from {@code cypher/read/timeline.cypher}.
 *
 * <p>Why a package of its own: the chronology is events in time, not the ties of the network, and
 * has its own readers (the timeline endpoint and page of the HTTP API, the report's timeline); it
 * depends only on the store. No Micronaut here: {@code app} makes the reader a bean.
 */
package org.sgnet.timeline;
