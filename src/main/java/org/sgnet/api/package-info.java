/**
 * The HTTP API (Micronaut). Controllers call the feature packages off the event loop and translate
 * domain failures once, in {@link org.sgnet.api.ProblemHandler}, into {@code
 * application/problem+json} without stack traces or personal data.
 */
package org.sgnet.api;
