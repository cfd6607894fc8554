package org.darkflav.recast.analysis;

/**
 * Where the paper-method templates come from. The paper took Belle II's postfit MC; darkflav should
 * take them from its own converged fit of the published likelihood (see {@code doc/recast.md}).
 * Until that fit is available, {@link DerivedTableTemplates} reads the shipped derived tables.
 */
@FunctionalInterface
public interface ItaTemplateSource {

    ItaTemplates templates();
}
