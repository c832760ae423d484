package org.sgnet.rules;

import java.time.LocalDate;

/**
 * One line of the evidence behind a finding ({@code --explain}): a person, an agency, a group of
 * professionals or an event, in words.
 *
 * @param text the line, such as {@code event: ev-0069 2024-01-18 REQUEST, …}
 * @param date the date of the event the line is about, or {@code null} for a line about people or
 *     agencies
 */
public record Evidence(String text, LocalDate date) {}
