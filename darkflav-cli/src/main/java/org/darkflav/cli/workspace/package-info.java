/** Workspace commands as pyhf's CLI has them: inspect, patchset, prune, rename, combine, sort, digest. */
package org.darkflav.cli.workspace;
