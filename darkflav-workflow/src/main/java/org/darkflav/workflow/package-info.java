/**
 * Multi-step jobs as a public API. {@link org.darkflav.workflow.Reproducer} runs the reproduction of
 * Altmannshofer et al., PRD 109, 075008 as configured by a {@link org.darkflav.workflow.ReproductionConfig} and
 * returns an immutable {@link org.darkflav.workflow.Reproduction}; a {@link org.darkflav.workflow.StageListener}
 * hears its progress. Writing reports and figures is {@code org.darkflav.report}'s business.
 */
package org.darkflav.workflow;
