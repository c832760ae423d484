package org.sgnet.api;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.annotation.QueryValue;

/**
 * The {@code page} and {@code size} query parameters of a list read a page at a time, with the
 * defaults every such list shares (the first page, 50 items). Each reader checks the range it
 * allows.
 */
@Introspected
record Paging(
    @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "50") int size) {}
