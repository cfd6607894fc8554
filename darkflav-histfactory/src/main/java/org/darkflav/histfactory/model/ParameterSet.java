package org.darkflav.histfactory.model;

/**
 * One named parameter set of a compiled model: scalar (normfactor, lumi, normsys, histosys) or one
 * element per bin (staterror, shapesys, shapefactor). Arrays have {@code size} elements and are not
 * to be mutated.
 *
 * @param name pyhf parameter name
 * @param type the modifier type that defines it first in pyhf's order
 * @param offset index of the first element in the parameter vector
 * @param size number of elements
 * @param inits suggested initial values
 * @param lower lower bounds
 * @param upper upper bounds
 * @param fixed suggested fixed flags
 * @param constraint constraint type
 * @param auxdata nominal auxiliary data (empty when unconstrained)
 * @param widths Gaussian σ, or Poisson scale factors τ (empty when unconstrained)
 */
public record ParameterSet(
        String name,
        String type,
        int offset,
        int size,
        double[] inits,
        double[] lower,
        double[] upper,
        boolean[] fixed,
        Constraint constraint,
        double[] auxdata,
        double[] widths) {

    /** pyhf's name of element {@code i}: {@code name} for scalars, {@code name[i]} for vectors. */
    public String elementName(int i) {
        return isVector() ? name + "[" + i + "]" : name;
    }

    /** Vector parameter sets are named {@code name[i]} even with one element, as in pyhf. */
    public boolean isVector() {
        return type.equals("staterror") || type.equals("shapesys") || type.equals("shapefactor");
    }
}
