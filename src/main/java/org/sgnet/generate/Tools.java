package org.sgnet.generate;

/**
 * What the whole run draws with and writes to, the same for every scenario: one set made by {@link
 * Families} and handed to each scenario with its own odds.
 *
 * @param dice the run's one source of draws
 * @param period the run's key days
 * @param authors who records an entry
 * @param people people.csv
 * @param ties ties.csv
 */
record Tools(
    Dice dice, Period period, Authors authors, CsvRows<PersonRow> people, CsvRows<TieRow> ties) {}
