package org.darkflav.histfactory.spec;

import java.util.List;

/**
 * A named parameter set as the reader sees it (for checks and summaries; the fit vector and its
 * constraints are laid out by {@code model.ParameterLayout}).
 *
 * @param name the modifier name shared by all its modifiers
 * @param types the modifier types using it, sorted (normsys and histosys may share a set)
 * @param size number of scalar parameters: 1, or the channel's bin count for shapesys, staterror, shapefactor
 * @param constrained whether a constraint term (Gaussian or Poisson) belongs to the set
 */
public record ParameterSetSummary(String name, List<String> types, int size, boolean constrained) {

    public ParameterSetSummary {
        types = List.copyOf(types);
    }
}
