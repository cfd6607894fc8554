package org.darkflav.histfactory.spec;

/** Observed counts of the channel {@code name}. The array is not to be mutated. */
public record ObservationSpec(String name, double[] data) {}
