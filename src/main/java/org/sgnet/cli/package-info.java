/**
 * The {@code sgnet} command line (picocli). Each command starts a Micronaut context with the store
 * options it was given, does its work and translates failures once into exit codes: 0 for success,
 * 2 for invalid input (a bad bundle, a bad option), 1 for any other failure.
 */
package org.sgnet.cli;
