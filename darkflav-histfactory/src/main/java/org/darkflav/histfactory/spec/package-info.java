/**
 * pyhf JSON workspaces as immutable records, and everything needed to read them safely.
 *
 * <p>What to use when:
 * <ul>
 *   <li>{@link org.darkflav.histfactory.spec.SpecReader}: file, stream or string to a checked
 *       {@link org.darkflav.histfactory.spec.WorkspaceSpec} (JSON syntax, pyhf's schema, semantic checks);
 *       every problem is one {@link org.darkflav.histfactory.spec.SpecException} with file and JSON pointer.</li>
 *   <li>{@link org.darkflav.histfactory.spec.ParameterSets}: the parameter sets (name, size, constraint) pyhf
 *       builds from the modifiers; {@code requirePoi} before compiling a model for a fit.</li>
 *   <li>{@link org.darkflav.histfactory.spec.JsonPatch} (RFC 6902) and
 *       {@link org.darkflav.histfactory.spec.PatchSet} (pyhf patch sets with digest check).</li>
 *   <li>{@link org.darkflav.histfactory.spec.Digests}: pyhf's workspace digest;
 *       {@link org.darkflav.histfactory.spec.SpecWriter}: records or trees back to pyhf JSON.</li>
 * </ul>
 * Most code should go through {@link org.darkflav.histfactory.workspace.Workspace} instead.
 */
package org.darkflav.histfactory.spec;
