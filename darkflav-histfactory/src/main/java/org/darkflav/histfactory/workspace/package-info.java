/**
 * {@link org.darkflav.histfactory.workspace.Workspace}: a checked pyhf workspace with pyhf's operations
 * (measurement choice, patches and patch sets, prune, rename, combine with {@link
 * org.darkflav.histfactory.workspace.Join}, sorted, digest, observed data). Every operation returns a new,
 * re-checked workspace.
 */
package org.darkflav.histfactory.workspace;
