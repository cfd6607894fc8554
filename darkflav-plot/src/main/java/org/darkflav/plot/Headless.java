package org.darkflav.plot;

/**
 * Puts AWT into headless mode before any chart class touches it, so plots render on servers and CI machines
 * without a display. A caller that has already chosen a mode (e.g. a GUI) keeps its choice.
 */
final class Headless {

    private Headless() {}

    static void ensure() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}
