/**
 * The {@code darkflav} command line: picocli commands that parse arguments, call the library and print. Exit
 * codes ({@link org.darkflav.cli.ExitCodes}) and the mapping of exceptions to them live here, and only
 * {@link org.darkflav.cli.Main} ends the JVM.
 */
package org.darkflav.cli;
