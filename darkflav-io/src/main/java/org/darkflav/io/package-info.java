/**
 * Files in and out, safely: outputs are written atomically (temp file, then rename) and never onto
 * something a user owns that is not the intended output. Every module that writes files goes through here.
 */
package org.darkflav.io;
