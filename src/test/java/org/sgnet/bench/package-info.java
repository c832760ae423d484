/**
 * JMH benchmarks of the in-process engines and a measurement of the projection's memory, run by
 * {@code bench/jmh.sh} (never by the test suite): whole-command and HTTP figures come from the
 * scripts in {@code bench/}.
 */
package org.sgnet.bench;
