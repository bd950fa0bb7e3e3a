package be.brussels.pan.service.web;

/** A request that the current state does not allow (a transition the lifecycle forbids, a stale version). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
