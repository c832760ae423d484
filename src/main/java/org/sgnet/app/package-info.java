/**
 * Micronaut wiring: configuration properties and the factories that build the store, the importer
 * and the record repositories as beans. Feature packages stay free of Micronaut; this package and
 * the edges ({@code api}, {@code cli}) are where it lives.
 */
package org.sgnet.app;
