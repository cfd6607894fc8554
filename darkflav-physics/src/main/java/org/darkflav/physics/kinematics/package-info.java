/** Decay modes (B⁺ → K⁺, B⁰ → K*⁰, ...), their masses and the Källén function. */
package org.darkflav.physics.kinematics;
