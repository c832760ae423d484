/**
 * Synthetic case bundles for tests and benchmarks: {@link org.sgnet.generate.NetworkGenerator}
 * writes local authorities' worth of children, families, carers, professionals and chronologies,
 * deterministic for a seed and streamed to disk so that national scale fits in little memory.
 *
 * <p>The generator is in parts. {@code Families} runs one family at a time through the scenarios,
 * each a small class that says which rules of the catalogue it makes fire or keeps quiet: {@code
 * Parents}, {@code Placements} (and {@code AtHome}), {@code Professionals}, {@code SiblingPairs},
 * the window scenarios ({@code RecentVisits}, {@code RisksRaised}, {@code NetworkMeeting}, {@code
 * RecentAssessment}, {@code ChildRequest}, {@code AccommodatedByAgreement}), {@code
 * EthnicityRecords} and {@code RoutineRecord}. Every probability and tuning number is a component
 * of one {@code Odds} value; every draw goes through one seeded {@code Dice}, in a fixed order, so
 * the same options give byte-identical files. A family's state lives in objects made fresh for it
 * ({@code Family}, {@code Household}, {@code Child}); rows are typed records ({@code PersonRow},
 * {@code TieRow}, {@code EventRow}, the authority's {@code Org}) that {@code CsvRows} writes.
 *
 * <p>Everything generated is invented: names are pseudonyms such as {@code Child 17} and summaries
 * are neutral stock phrases, so no generated bundle can carry anyone's data.
 */
package org.sgnet.generate;
