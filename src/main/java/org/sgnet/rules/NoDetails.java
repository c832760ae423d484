package org.sgnet.rules;

/** The details of a rule whose findings carry none: {@code {}}. */
public record NoDetails() implements RuleDetails {}
