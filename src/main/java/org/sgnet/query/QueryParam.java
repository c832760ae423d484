package org.sgnet.query;

/**
 * A parameter of a named query, as its header declares it.
 *
 * @param name the name, used as {@code $name} in the query
 * @param type one of {@code string}, {@code integer}, {@code date}, {@code boolean}, {@code
 *     string-list}
 * @param required whether a value must be given
 * @param defaultValue the default as written in the header ({@code null} when required; the word
 *     {@code null} when the query receives {@code null} if no value is given)
 * @param description what the parameter means
 */
public record QueryParam(
    String name, String type, boolean required, String defaultValue, String description) {}
