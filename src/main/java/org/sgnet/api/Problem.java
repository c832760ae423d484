package org.sgnet.api;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An RFC 9457 problem document.
 *
 * @param type a URI naming the kind of problem
 * @param title a short summary of the kind
 * @param status the HTTP status
 * @param detail what went wrong with this request (no personal data)
 * @param errors located errors, such as those of a bundle; empty when there are none
 */
@Serdeable
record Problem(String type, String title, int status, String detail, List<String> errors) {}
