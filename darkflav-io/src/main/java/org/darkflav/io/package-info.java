/**
 * Files out, safely. {@link org.darkflav.io.OutputGuard} is the one way a command writes a file: never
 * onto one of its inputs, never onto a folder or a device, through symbolic links only to regular
 * files, atomically (temporary file, fsync, rename), with the operating system's reason and the
 * user's path in every error. {@link org.darkflav.io.AtomicFiles} is the same for library code that
 * reads no files. {@link org.darkflav.io.StagedOutputDirectory} writes a folder of many files: locked,
 * staged and swapped in, with a manifest so that nothing darkflav did not write is ever touched.
 */
package org.darkflav.io;
