package org.darkflav.physics;

/**
 * The physics input is wrong: a mass outside the kinematic range, an unknown parameter name, an
 * unreadable or inconsistent parameter file. The message says what, where and how to fix it.
 */
public class PhysicsInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public PhysicsInputException(String message) {
        super(message);
    }

    public PhysicsInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
